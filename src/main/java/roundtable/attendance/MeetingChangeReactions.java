package roundtable.attendance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.meetings.MeetingCancelled;
import roundtable.meetings.MeetingChanged;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/**
 * When a meeting moves or is called off, its RSVPs follow: requests close with a cancelled meeting
 * and are kept as long after a moved one, and everyone coming (or waiting) hears the news.
 */
@Component
class MeetingChangeReactions {

    private final MeetingService meetings;
    private final RsvpRepository rsvps;
    private final PersonService people;
    private final AttendeeNotices notices;
    private final RequestPolicy policy;

    MeetingChangeReactions(
            MeetingService meetings,
            RsvpRepository rsvps,
            PersonService people,
            AttendeeNotices notices,
            RequestPolicy policy) {
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.people = people;
        this.notices = notices;
        this.policy = policy;
    }

    /**
     * Runs inside the chair's cancellation, so the requests close with it (or not at all), and while
     * the chair can still read a closed meeting; the emails go after the commit.
     */
    @EventListener
    @Transactional
    void meetingCancelled(MeetingCancelled event) {
        tellAttendees(event.meetingId(), true, event.reason());
    }

    /** Requests belong to the meeting, so they follow it when it moves; those who come are told. */
    @EventListener
    @Transactional
    void meetingChanged(MeetingChanged event) {
        if (!event.whenOrWhereChanged()) {
            // A corrected title or description: calendars get the new SEQUENCE, nobody needs an email.
            return;
        }
        tellAttendees(event.meetingId(), false, null);
    }

    private void tellAttendees(long meetingId, boolean cancelled, String reason) {
        Optional<MeetingSummary> found = meetings.find(meetingId);
        if (found.isEmpty()) {
            return;
        }
        MeetingSummary meeting = found.get();
        List<Rsvp> all = rsvps.findByMeetingId(meetingId);
        // One lookup for every member's address and one for the meeting's facts, not one per person.
        Map<Long, PersonSummary> members = people.contacts(
                all.stream().filter(r -> !r.guest()).map(Rsvp::getPersonId).collect(Collectors.toSet()));
        MeetingFacts facts = notices.facts(meeting);
        for (Rsvp rsvp : all) {
            boolean counted = rsvp.getState() == RsvpState.CONFIRMED || rsvp.getState() == RsvpState.WAITLISTED;
            if (cancelled) {
                rsvp.getRequests().forEach(r -> r.close("rsvp.request.reason.meeting-cancelled"));
            } else {
                rsvp.getRequests().forEach(r -> r.keepUntil(policy.forgetAfter(meeting)));
            }
            AttendeeNotices.Recipient who = counted && rsvp.getResponse() != Response.NOT_ATTENDING
                    ? AttendeeNotices.recipientOf(rsvp, members)
                    : null;
            if (who != null) {
                notices.meetingNews(rsvp, who, meeting, facts, cancelled, reason);
            }
        }
    }
}
