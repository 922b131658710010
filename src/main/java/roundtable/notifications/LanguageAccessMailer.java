package roundtable.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.languageservices.InterpreterNotice;
import roundtable.languageservices.RequestStatusChanged;
import roundtable.meetings.CalendarMethod;

/**
 * Emails about language access: the requester hears each step of their request (being arranged,
 * confirmed, could not be arranged and why) in their own language; interpreters hear when they
 * are booked or released and when their meeting moves or is called off, each time with what they
 * are booked for (language and mode) and the meeting for their calendar under the feeds' UID: the
 * booking adds it, a move updates it (SEQUENCE raised), a cancellation or their release takes it off.
 */
@Component
class LanguageAccessMailer {

    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;
    private final MeetingCalendars calendars;

    LanguageAccessMailer(
            MailTemplates templates, EmailOutbox outbox, RoundtableProperties properties, MeetingCalendars calendars) {
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
        this.calendars = calendars;
    }

    @ApplicationModuleListener
    void requestStatusChanged(RequestStatusChanged event) {
        Language language = event.language();
        String step = event.status().name().toLowerCase(Locale.ROOT);
        String need = need(event, language);
        Map<String, Object> variables = MeetingMailDetails.forParticipant(
                templates, event.meeting(), event.name(), language, properties.organisationName());
        variables.put(
                "intro",
                templates.message(
                        "mail.request." + step + ".intro",
                        language,
                        event.meeting().bodyName(),
                        event.meeting().title(),
                        need));
        variables.put(
                "note",
                event.unableReason() == null
                        ? null
                        : templates.message("mail.request.unable.reason", language, event.unableReason()));
        RenderedEmail message = templates.render(
                "rsvp",
                event.email(),
                language,
                "mail.request." + step + ".subject",
                new Object[] {event.meeting().title(), need},
                variables);
        outbox.queue("request-status:" + event.requestId() + ":" + event.version(), message);
    }

    @ApplicationModuleListener
    void interpreterNotice(InterpreterNotice event) {
        // The roster keeps no language preference for interpreters: they hear in the district's default.
        Language language = Language.fallback();
        String step = event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String booking = event.needs().stream()
                .map(n -> templates.message(
                        "mail.interpreter.need",
                        language,
                        LanguageNames.of(n.languageTag(), language.locale()),
                        templates.message(modeKey(n), language)))
                .collect(Collectors.joining(", "));
        Map<String, Object> variables = MeetingMailDetails.of(
                templates, event.meeting(), event.name(), language, properties.organisationName());
        variables.put(
                "intro",
                templates.message(
                        "mail.interpreter." + step + ".intro",
                        language,
                        event.meeting().bodyName(),
                        event.meeting().title(),
                        booking,
                        event.people()));
        StringBuilder note = new StringBuilder();
        if (event.kind() == InterpreterNotice.Kind.MEETING_CHANGED && !booking.isEmpty()) {
            // Asked whether they can still come: what they would come for, as on the booking.
            note.append(templates.message("mail.interpreter.booking", language, booking));
        }
        if (event.reason() != null) {
            note.append(templates.message("mail.rsvp.cancelled.reason", language, event.reason()));
        } else if (event.kind() != InterpreterNotice.Kind.RELEASED) {
            if (event.joinLink() != null) {
                note.append(note.isEmpty() ? "" : " · ")
                        .append(templates.message("mail.interpreter.join", language, event.joinLink()));
            }
            if (event.dialIn() != null) {
                note.append(note.isEmpty() ? "" : " · ")
                        .append(templates.message("mail.interpreter.dial-in", language, event.dialIn()));
            }
        }
        variables.put("note", note.isEmpty() ? null : note.toString());
        RenderedEmail message = templates.render(
                "rsvp",
                event.email(),
                language,
                "mail.interpreter." + step + ".subject",
                new Object[] {event.meeting().title()},
                variables);
        outbox.queue(
                "interpreter:" + event.kind() + ":" + event.meetingId() + ":" + event.interpreterId() + ":"
                        + event.sequence(),
                withCalendar(message, event));
    }

    /**
     * Booked: the meeting goes in their calendar as accepted. Moved: the same entry updated, and asked
     * again, as the booking is. Cancelled, or no longer needed there: it comes off their calendar.
     */
    private RenderedEmail withCalendar(RenderedEmail message, InterpreterNotice event) {
        return switch (event.kind()) {
            case BOOKED -> calendars.attach(message, event.meetingId(), CalendarMethod.REQUEST, event.name(), true);
            case MEETING_CHANGED ->
                calendars.attach(message, event.meetingId(), CalendarMethod.REQUEST, event.name(), false);
            case MEETING_CANCELLED, RELEASED ->
                calendars.attach(message, event.meetingId(), CalendarMethod.CANCEL, event.name(), false);
        };
    }

    private static String modeKey(InterpreterNotice.Need need) {
        return need.mode() == null
                ? "mail.interpreter.mode.written-translation"
                : "mail.interpreter.mode."
                        + need.mode().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String need(RequestStatusChanged event, Language language) {
        return switch (event.kind()) {
            case INTERPRETATION ->
                templates.message(
                        "mail.request.need.interpretation",
                        language,
                        LanguageNames.of(event.languageTag(), language.locale()),
                        event.mode() == null
                                ? ""
                                : templates.message(event.mode().messageKey(), language));
            case TRANSLATION ->
                templates.message(
                        "mail.request.need.translation",
                        language,
                        LanguageNames.of(event.languageTag(), language.locale()));
            case ACCOMMODATION -> templates.message(event.accommodationType().messageKey(), language);
            case CHILDCARE -> templates.message("mail.request.need.childcare", language);
            case LOANER -> templates.message("mail.request.need.loaner", language);
        };
    }
}
