package roundtable.languageservices;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.requests.AccessRequests;
import roundtable.attendance.requests.FollowedRequest;
import roundtable.attendance.requests.InterpreterFreed;
import roundtable.meetings.MeetingCancelled;
import roundtable.meetings.MeetingChanged;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;

/**
 * Interpreters booked for a meeting hear when it moves or is called off, like the people who
 * RSVP'd, and when a withdrawn request leaves them nothing to do there. Runs first among the
 * listeners, while a cancelled meeting's requests still show who was booked (attendance closes
 * them).
 */
@Component
class InterpreterNotices {

    private final AccessRequests requests;
    private final MeetingService meetings;
    private final InterpreterContacts contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InterpreterNotices(
            AccessRequests requests,
            MeetingService meetings,
            InterpreterContacts contacts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.meetings = meetings;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    void meetingCancelled(MeetingCancelled event) {
        tell(
                event.meetingId(),
                InterpreterNotice.Kind.MEETING_CANCELLED,
                event.reason(),
                requests.bookedAt(event.meetingId()));
    }

    /**
     * A moved meeting's bookings are asked again: confirmed ones go back to "being arranged" so the
     * coordinator sees them, and the interpreter is asked whether they can still come.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    void meetingChanged(MeetingChanged event) {
        if (event.whenOrWhereChanged()) {
            tell(
                    event.meetingId(),
                    InterpreterNotice.Kind.MEETING_CHANGED,
                    null,
                    requests.askAgainAt(event.meetingId()));
        }
    }

    /** Someone withdrew what an interpreter was booked for; if nothing else holds them there, they are released. */
    @EventListener
    @Transactional
    void interpreterFreed(InterpreterFreed event) {
        MeetingSummary meeting = meetings.find(event.meetingId()).orElse(null);
        if (meeting == null
                || meeting.status() != MeetingStatus.SCHEDULED
                || requests.bookedAt(event.meetingId()).containsKey(event.interpreterId())) {
            return;
        }
        InterpreterContact c = contacts.of(List.of(event.interpreterId())).get(event.interpreterId());
        if (c != null && c.email() != null) {
            events.publishEvent(new InterpreterNotice(
                    meeting.id(),
                    c.id(),
                    clock.millis(),
                    InterpreterNotice.Kind.RELEASED,
                    c.name(),
                    c.email(),
                    requests.facts(meeting),
                    List.of(),
                    0,
                    null,
                    null,
                    null));
        }
    }

    private void tell(
            long meetingId,
            InterpreterNotice.Kind kind,
            String reason,
            Map<Long, List<FollowedRequest>> byInterpreter) {
        MeetingSummary meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null || byInterpreter.isEmpty()) {
            return;
        }
        MeetingFacts facts = requests.facts(meeting);
        for (InterpreterContact c : contacts.of(byInterpreter.keySet()).values()) {
            if (c.email() == null) {
                continue;
            }
            List<FollowedRequest> theirs = byInterpreter.get(c.id());
            events.publishEvent(new InterpreterNotice(
                    meetingId,
                    c.id(),
                    clock.millis(),
                    kind,
                    c.name(),
                    c.email(),
                    facts,
                    InterpreterNotice.needsOf(theirs),
                    theirs.size(),
                    meeting.onlineUrl(),
                    meeting.dialIn(),
                    reason));
        }
    }
}
