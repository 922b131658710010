package roundtable.attendance.ui;

import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import roundtable.attendance.CapacityService;
import roundtable.attendance.GuestRsvps;
import roundtable.attendance.MemberRsvps;
import roundtable.base.security.CurrentUser;
import roundtable.meetings.MeetingPageSection;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;

/**
 * The RSVP part of a meeting's page: members (and anyone signed in, for a public meeting) answer
 * and say what would help; visitors of a public meeting answer as guests. Nothing once the
 * meeting has started or is no longer scheduled.
 */
@Component
class RsvpSection implements MeetingPageSection {

    private final MemberRsvps members;
    private final GuestRsvps guests;
    private final CapacityService capacity;
    private final MeetingService meetings;
    private final Clock clock;

    RsvpSection(
            MemberRsvps members, GuestRsvps guests, CapacityService capacity, MeetingService meetings, Clock clock) {
        this.members = members;
        this.guests = guests;
        this.capacity = capacity;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> sectionFor(MeetingSummary meeting) {
        if (meeting.status() != MeetingStatus.SCHEDULED
                || !clock.instant().isBefore(meeting.startsAt().toInstant())) {
            return Optional.empty();
        }
        if (CurrentUser.get().isPresent()) {
            Div section = new Div();
            if (members.mayRsvp(meeting)) {
                section.add(new MemberRsvpForm(members, meeting));
            }
            if (meetings.canManage(meeting.id())) {
                section.add(new PlacesForm(capacity, meeting.id()));
            }
            return section.getChildren().findAny().isPresent() ? Optional.of(section) : Optional.empty();
        }
        return meeting.publicMeeting() ? Optional.of(new GuestRsvpForm(guests, meeting)) : Optional.empty();
    }
}
