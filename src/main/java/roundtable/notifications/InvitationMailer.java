package roundtable.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import roundtable.attendance.InvitationCancelled;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.RsvpInvited;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.meetings.CalendarMethod;

/**
 * A member's invitation to a meeting, in their language: what, when (with the zone), where, how to
 * join online, the interpretation offered, and one button per answer. Each button opens a page to
 * confirm or adjust the answer; mail scanners that follow links change nothing. The invitation and
 * its re-sending after a move carry the meeting's calendar (REQUEST), a cancellation takes it off (CANCEL).
 */
@Component
class InvitationMailer {

    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;
    private final MeetingCalendars calendars;
    private final InvitationChoices choices;

    InvitationMailer(
            MailTemplates templates,
            EmailOutbox outbox,
            RoundtableProperties properties,
            MeetingCalendars calendars,
            InvitationChoices choices) {
        this.choices = choices;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
        this.calendars = calendars;
    }

    @ApplicationModuleListener
    void invited(RsvpInvited event) {
        InvitationChoices.Decision decision = choices.decide(event);
        if (!decision.sendNow()) {
            return;
        }
        var language = event.language();
        var locale = language.locale();
        MeetingFacts meeting = event.meeting();
        // Each answer's button: its words and its signed link.
        List<Map<String, String>> answers = event.answers().stream()
                .map(r -> Map.of(
                        "label",
                        templates.message(
                                "mail.invitation.answer."
                                        + r.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                                language),
                        "link",
                        event.linkFor(r)))
                .toList();
        Map<String, Object> variables = MeetingMailDetails.forParticipant(
                templates, meeting, event.name(), language, properties.organisationName());
        variables.put(
                "intro",
                templates.message(
                        event.moved() ? "mail.invitation.moved.intro" : "mail.invitation.intro",
                        language,
                        meeting.bodyName(),
                        meeting.title()));
        variables.put("series", event.firstOfSeries() ? templates.message("mail.invitation.series", language) : null);
        variables.put("answers", answers);
        variables.put("unsubscribe", decision.unsubscribe());
        RenderedEmail message = templates.render(
                "rsvp-invitation",
                event.email(),
                language,
                event.moved() ? "mail.invitation.moved.subject" : "mail.invitation.subject",
                new Object[] {
                    meeting.title(), Dates.date(meeting.startsAtLocal().toLocalDate(), locale)
                },
                variables);
        outbox.queue(
                "rsvp-invited:" + event.invitationId() + ":" + event.sequence(),
                calendars.attach(
                        message.withListUnsubscribe(decision.unsubscribe()),
                        meeting.meetingId(),
                        CalendarMethod.REQUEST,
                        event.name(),
                        false));
    }

    /** The members who never answered learn of a cancellation too: the invitation was all they had. */
    @ApplicationModuleListener
    void cancelled(InvitationCancelled event) {
        Language language = event.language();
        Map<String, Object> variables = MeetingMailDetails.forParticipant(
                templates, event.meeting(), event.name(), language, properties.organisationName());
        variables.put(
                "intro",
                templates.message(
                        "mail.invitation.cancelled.intro",
                        language,
                        event.meeting().bodyName(),
                        event.meeting().title()));
        variables.put(
                "note",
                event.reason() == null
                        ? null
                        : templates.message("mail.rsvp.cancelled.reason", language, event.reason()));
        RenderedEmail message = templates.render(
                "rsvp",
                event.email(),
                language,
                "mail.rsvp.cancelled.subject",
                new Object[] {event.meeting().title()},
                variables);
        outbox.queue(
                "invitation-cancelled:" + event.invitationId() + ":" + event.sequence(),
                calendars.attach(message, event.meeting().meetingId(), CalendarMethod.CANCEL, event.name(), false));
    }
}
