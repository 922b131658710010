package roundtable.attendance;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;

/** An RSVP as its pages show it: the answer, the place in the queue, and what was asked for. */
@Component
class RsvpViews {

    private final RsvpRepository rsvps;
    private final MeetingFactsSource facts;
    private final Clock clock;

    RsvpViews(RsvpRepository rsvps, MeetingFactsSource facts, Clock clock) {
        this.rsvps = rsvps;
        this.facts = facts;
        this.clock = clock;
    }

    RsvpView view(Rsvp rsvp, MeetingSummary meeting) {
        Integer position = null;
        if (rsvp.getState() == RsvpState.WAITLISTED) {
            List<Rsvp> waiting = rsvps.waitlist(rsvp.getMeetingId());
            position = waiting.indexOf(rsvp) + 1;
        }
        return new RsvpView(
                rsvp.getId(),
                rsvp.getVersion(),
                rsvp.getGuestName(),
                rsvp.getResponse(),
                rsvp.getState(),
                position,
                RequestedNeeds.active(rsvp),
                AttendeeNotices.lateRequests(rsvp),
                facts.of(meeting),
                meeting.status() == MeetingStatus.SCHEDULED
                        && clock.instant().isBefore(meeting.startsAt().toInstant()),
                RequestedNeeds.lastWithdrawn(rsvp));
    }
}
