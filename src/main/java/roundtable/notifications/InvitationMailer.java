package roundtable.notifications;

import java.util.HashMap;
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
import roundtable.base.i18n.LanguageNames;

/**
 * A member's invitation to a meeting, in their language: what, when (with the zone), where, how to
 * join online, the interpretation offered, and one button per answer. Each button opens a page to
 * confirm or adjust the answer; mail scanners that follow links change nothing.
 */
@Component
class InvitationMailer {

    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;
    private final InvitationChoices choices;

    InvitationMailer(MailTemplates templates, EmailOutbox outbox, RoundtableProperties properties,
            InvitationChoices choices) {
        this.choices = choices;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
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
                .map(r -> Map.of("label", templates.message("mail.invitation.answer."
                        + r.name().toLowerCase(Locale.ROOT).replace('_', '-'), language), "link", event.linkFor(r)))
                .toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", event.name());
        variables.put("intro",
                templates.message(event.moved() ? "mail.invitation.moved.intro" : "mail.invitation.intro", language,
                        meeting.bodyName(), meeting.title()));
        variables.put("series", event.firstOfSeries() ? templates.message("mail.invitation.series", language) : null);
        variables.put("title", meeting.title());
        variables.put("when", Dates.span(meeting.startsAt(), meeting.durationMinutes(), locale));
        variables.put("place", MeetingPlaces.of(meeting, language, templates));
        variables.put("joinUrl", event.joinUrl());
        variables.put("dialIn", event.dialIn());
        variables.put("languages", event.languagesOffered() == null || event.languagesOffered().isEmpty() ? null
                : LanguageNames.list(event.languagesOffered(), locale));
        variables.put("answers", answers);
        variables.put("meetingLink", meeting.meetingLink());
        variables.put("organisation", properties.organisationName());
        variables.put("unsubscribe", decision.unsubscribe());
        RenderedEmail message = templates.render("rsvp-invitation", event.email(), language,
                event.moved() ? "mail.invitation.moved.subject" : "mail.invitation.subject", new Object[] { meeting.title(),
                        Dates.date(meeting.startsAtLocal().toLocalDate(), locale) },
                variables);
        outbox.queue("rsvp-invited:" + event.invitationId() + ":" + event.sequence(),
                message.withListUnsubscribe(decision.unsubscribe()));
    }

    /** The members who never answered learn of a cancellation too: the invitation was all they had. */
    @ApplicationModuleListener
    void cancelled(InvitationCancelled event) {
        Language language = event.language();
        Map<String, Object> variables = MeetingMailDetails.of(templates, event.meeting(), event.name(), language,
                properties.organisationName());
        variables.put("intro", templates.message("mail.invitation.cancelled.intro", language,
                event.meeting().bodyName(), event.meeting().title()));
        variables.put("note", event.reason() == null ? null
                : templates.message("mail.rsvp.cancelled.reason", language, event.reason()));
        RenderedEmail message = templates.render("rsvp", event.email(), language, "mail.rsvp.cancelled.subject",
                new Object[] { event.meeting().title() }, variables);
        outbox.queue("invitation-cancelled:" + event.invitationId() + ":" + event.sequence(), message);
    }
}
