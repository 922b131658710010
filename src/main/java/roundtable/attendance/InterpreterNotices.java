package roundtable.attendance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import roundtable.languageservices.InterpreterContact;
import roundtable.languageservices.InterpreterContacts;
import roundtable.meetings.MeetingCancelled;
import roundtable.meetings.MeetingChanged;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * Interpreters booked for a meeting hear when it moves or is called off, like the people who
 * RSVP'd. Runs first among the listeners, while a cancelled meeting's requests still show who was
 * booked (the attendance listener closes them).
 */
@Component
class InterpreterNotices {

    private final AccessRequestRepository requests;
    private final MeetingService meetings;
    private final AttendanceService attendance;
    private final InterpreterContacts contacts;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    InterpreterNotices(AccessRequestRepository requests, MeetingService meetings, AttendanceService attendance,
            InterpreterContacts contacts, ApplicationEventPublisher events, java.time.Clock clock) {
        this.requests = requests;
        this.meetings = meetings;
        this.attendance = attendance;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    void meetingCancelled(MeetingCancelled event) {
        tell(event.meetingId(), InterpreterNotice.Kind.MEETING_CANCELLED, event.reason());
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
            Map<Long, List<AccessRequest>> booked = requests.bookedAt(event.meetingId());
            booked.values().forEach(list -> list.forEach(r -> r.askAgain(clock.instant())));
            tell(event.meetingId(), InterpreterNotice.Kind.MEETING_CHANGED, null, booked);
        }
    }

    /** Someone withdrew what an interpreter was booked for; if nothing else holds them there, they are released. */
    @EventListener
    @Transactional
    void interpreterFreed(InterpreterFreed event) {
        MeetingSummary meeting = meetings.find(event.meetingId()).orElse(null);
        if (meeting == null || meeting.status() != roundtable.meetings.MeetingStatus.SCHEDULED
                || requests.bookedAt(event.meetingId()).containsKey(event.interpreterId())) {
            return;
        }
        InterpreterContact c = contacts.of(List.of(event.interpreterId())).get(event.interpreterId());
        if (c != null && c.email() != null) {
            events.publishEvent(new InterpreterNotice(meeting.id(), c.id(), clock.millis(),
                    InterpreterNotice.Kind.RELEASED, c.name(), c.email(), attendance.facts(meeting), List.of(), 0,
                    null, null, null));
        }
    }

    private void tell(long meetingId, InterpreterNotice.Kind kind, String reason) {
        tell(meetingId, kind, reason, requests.bookedAt(meetingId));
    }

    private void tell(long meetingId, InterpreterNotice.Kind kind, String reason,
            Map<Long, List<AccessRequest>> byInterpreter) {
        MeetingSummary meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null || byInterpreter.isEmpty()) {
            return;
        }
        MeetingFacts facts = attendance.facts(meeting);
        for (InterpreterContact c : contacts.of(byInterpreter.keySet()).values()) {
            if (c.email() == null) {
                continue;
            }
            List<AccessRequest> theirs = byInterpreter.get(c.id());
            events.publishEvent(new InterpreterNotice(meetingId, c.id(), clock.millis(), kind, c.name(), c.email(),
                    facts, InterpreterNotice.needsOf(theirs), theirs.size(), meeting.onlineUrl(), meeting.dialIn(),
                    reason));
        }
    }
}
