package roundtable.notifications;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.MeetingReminderDue;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.people.PersonService;

/**
 * "Your meeting is in two days", in the reader's language, with everything needed to get there:
 * day, time with the zone, place, join link and phone, the interpretation offered and where their
 * own request stands, the meeting's page, and how to give up their place. One email per meeting,
 * person, reminder and SEQUENCE: a retry or a second server never sends it twice; a moved meeting
 * is reminded again.
 */
@Component
class ReminderMailer {

    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;
    private final PersonService people;

    ReminderMailer(MailTemplates templates, EmailOutbox outbox, RoundtableProperties properties, PersonService people) {
        this.people = people;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void remind(MeetingReminderDue event) {
        // A member may turn reminders off in their profile; a guest asked for the meeting and is reminded.
        boolean declined = people.idOf(event.email())
                .flatMap(people::notificationChoices)
                .map(choices -> !choices.reminders())
                .orElse(false);
        if (declined) {
            return;
        }
        Language language = event.language();
        MeetingFacts meeting = event.meeting();
        Map<String, Object> variables = MeetingMailDetails.forParticipant(
                templates, meeting, event.name(), language, properties.organisationName());
        String coming = templates.message(
                "mail.reminder.coming."
                        + event.response().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                language);
        variables.put(
                "intro",
                templates.message(
                                "mail.reminder.intro",
                                language,
                                meeting.bodyName(),
                                meeting.title(),
                                inWords(event.before(), language),
                                coming)
                        + " "
                        + templates.message(
                                event.manageLink() == null ? "mail.reminder.change" : "mail.reminder.change-guest",
                                language));
        variables.put(
                "note",
                event.interpretationLanguage() == null
                        ? null
                        : templates.message(
                                "mail.reminder.interpretation",
                                language,
                                LanguageNames.of(event.interpretationLanguage(), language.locale()),
                                event.interpretationMode() == null
                                        ? ""
                                        : templates.message(
                                                event.interpretationMode().messageKey(), language),
                                templates.message(event.interpretationStatus().messageKey(), language)));
        variables.put("button", templates.message("mail.rsvp.manage.button", language));
        variables.put("link", event.manageLink());
        RenderedEmail message = templates.render(
                "rsvp",
                event.email(),
                language,
                "mail.reminder.subject",
                new Object[] {meeting.title(), Dates.dateTime(meeting.startsAt(), language.locale())},
                variables);
        outbox.queue(
                "meeting-reminder:" + event.meetingId() + ":" + event.rsvpId() + ":"
                        + event.before().toMinutes() + ":" + event.sequence(),
                message);
    }

    /** "in 2 days", "in 2 hours": how far off the meeting is, as the reminder was set. */
    private String inWords(Duration before, Language language) {
        if (before.toHours() % 24 == 0) {
            return templates.message("mail.reminder.in-days", language, before.toDays());
        }
        if (before.toMinutes() % 60 == 0) {
            return templates.message("mail.reminder.in-hours", language, before.toHours());
        }
        return templates.message("mail.reminder.in-minutes", language, before.toMinutes());
    }
}
