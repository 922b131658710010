package roundtable.notifications;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.meetings.CalendarMethod;
import roundtable.scheduling.AvailabilityRequested;
import roundtable.scheduling.PollDecided;

/**
 * Emails about "find a time" polls, each in the recipient's language: the personal link to
 * answer (again, near the deadline, to those who have not answered), and the time chosen. Runs after the poll's transaction commits; the event is kept
 * until it has run, so a crash in between still sends the mail.
 */
@Component
class PollMailer {

    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;
    private final MeetingCalendars calendars;

    PollMailer(
            MailTemplates templates, EmailOutbox outbox, RoundtableProperties properties, MeetingCalendars calendars) {
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
        this.calendars = calendars;
    }

    @ApplicationModuleListener
    void availabilityRequested(AvailabilityRequested event) {
        ZoneId zone = ZoneId.of(event.timeZone());
        var locale = event.language().locale();
        String deadline = Dates.dateTime(event.deadline().atZone(zone), locale);
        List<String> times = event.candidates().stream()
                .map(start -> Dates.dateTime(ZonedDateTime.ofLocal(start, zone, null), locale))
                .toList();
        // A reminder is the same email, said as one: the deadline is near and no answer has come.
        RenderedEmail message = templates.render(
                "availability-request",
                event.email(),
                event.language(),
                event.reminder() ? "mail.availability.reminder.subject" : "mail.availability.subject",
                new Object[] {event.title(), deadline},
                Map.of(
                        "name",
                        event.name(),
                        "body",
                        event.bodyName(),
                        "title",
                        event.title(),
                        "link",
                        event.link(),
                        "deadline",
                        deadline,
                        "times",
                        times,
                        "organisation",
                        properties.organisationName(),
                        "reminder",
                        event.reminder()));
        outbox.queue(
                (event.reminder() ? "poll-deadline-reminder:" : "poll-request:") + event.pollId() + ":"
                        + event.inviteeId(),
                message);
    }

    @ApplicationModuleListener
    void pollDecided(PollDecided event) {
        ZonedDateTime start = ZonedDateTime.ofLocal(event.startsAt(), ZoneId.of(event.timeZone()), null);
        var locale = event.language().locale();
        String when = Dates.span(start, event.durationMinutes(), locale);
        String format = templates.message(event.format().messageKey(), event.language());
        String place = event.location() == null ? format : format + " · " + event.location();
        RenderedEmail message = templates.render(
                "poll-decided",
                event.email(),
                event.language(),
                "mail.poll-decided.subject",
                new Object[] {event.title()},
                Map.of(
                        "name",
                        event.name(),
                        "body",
                        event.bodyName(),
                        "title",
                        event.title(),
                        "when",
                        when,
                        "place",
                        place,
                        "link",
                        event.meetingLink(),
                        "organisation",
                        properties.organisationName()));
        // Guests asked by email get no RSVP invitation: this email is how the meeting reaches their calendar.
        outbox.queue(
                "poll-decided:" + event.pollId() + ":" + event.inviteeId(),
                calendars.attach(message, event.meetingId(), CalendarMethod.REQUEST, event.name(), false));
    }
}
