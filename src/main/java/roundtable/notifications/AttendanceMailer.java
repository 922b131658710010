package roundtable.notifications;

import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import roundtable.attendance.AttendanceRecorded;
import roundtable.attendance.AttendanceWithdrawn;
import roundtable.attendance.GuestConfirmationRequested;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.MeetingNewsForAttendee;
import roundtable.attendance.NeedsInWords;
import roundtable.attendance.WaitlistPromoted;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.meetings.CalendarMethod;

/**
 * Emails about RSVPs, each in the recipient's language and each naming the meeting, its day and
 * time with the zone, the place and its page: the guest's confirmation link, "you're confirmed"
 * or "you're on the waitlist", "a place came free: it's yours", and "you will not attend" (or
 * "your RSVP is cancelled"). A place that stands comes with the meeting for their calendar; a move
 * updates it, and a cancellation, or their own "not coming", takes it off.
 */
@Component
class AttendanceMailer {

    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;
    private final MeetingCalendars calendars;

    AttendanceMailer(
            MailTemplates templates, EmailOutbox outbox, RoundtableProperties properties, MeetingCalendars calendars) {
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
        this.calendars = calendars;
    }

    @ApplicationModuleListener
    void guestConfirmationRequested(GuestConfirmationRequested event) {
        send(
                "rsvp-confirm:" + event.rsvpId() + ":" + event.sequence(),
                event.email(),
                event.name(),
                event.language(),
                event.meeting(),
                "mail.rsvp.confirm.subject",
                "mail.rsvp.confirm.intro",
                null,
                "mail.rsvp.confirm.button",
                event.confirmLink(),
                null);
    }

    @ApplicationModuleListener
    void attendanceRecorded(AttendanceRecorded event) {
        String note = event.lateRequests() ? templates.message("mail.rsvp.late", event.language()) : null;
        String key = "rsvp-recorded:" + event.rsvpId() + ":" + event.sequence();
        if (event.waitlisted()) {
            send(
                    key,
                    event.email(),
                    event.name(),
                    event.language(),
                    event.meeting(),
                    "mail.rsvp.waitlisted.subject",
                    "mail.rsvp.waitlisted.intro",
                    note,
                    "mail.rsvp.manage.button",
                    event.manageLink(),
                    null);
        } else {
            send(
                    key,
                    event.email(),
                    event.name(),
                    event.language(),
                    event.meeting(),
                    "mail.rsvp.confirmed.subject",
                    "mail.rsvp.confirmed.intro",
                    note,
                    "mail.rsvp.manage.button",
                    event.manageLink(),
                    CalendarMethod.REQUEST);
        }
    }

    @ApplicationModuleListener
    void waitlistPromoted(WaitlistPromoted event) {
        send(
                "rsvp-promoted:" + event.rsvpId() + ":" + event.sequence(),
                event.email(),
                event.name(),
                event.language(),
                event.meeting(),
                "mail.rsvp.promoted.subject",
                "mail.rsvp.promoted.intro",
                null,
                "mail.rsvp.manage.button",
                event.manageLink(),
                CalendarMethod.REQUEST);
    }

    /**
     * Someone will not come after all: said plainly, with what was withdrawn and how to answer again,
     * and the meeting taken off their calendar (for them only: it goes on for everyone else).
     */
    @ApplicationModuleListener
    void attendanceWithdrawn(AttendanceWithdrawn event) {
        Language language = event.language();
        StringBuilder note = new StringBuilder();
        if (event.withdrawn().any()) {
            note.append(templates.message(
                            "mail.rsvp.withdrawn-requests",
                            language,
                            NeedsInWords.joined(
                                    event.withdrawn(),
                                    language.locale(),
                                    (key, args) -> templates.message(key, language, args))))
                    .append(' ');
        }
        note.append(templates.message(
                event.answerAgainLink() == null ? "mail.rsvp.answer-again.member" : "mail.rsvp.answer-again.guest",
                language));
        send(
                "rsvp-withdrawn:" + event.rsvpId() + ":" + event.sequence(),
                event.email(),
                event.name(),
                language,
                event.meeting(),
                event.cancelled() ? "mail.rsvp.cancelled-by-you.subject" : "mail.rsvp.declined.subject",
                event.cancelled() ? "mail.rsvp.cancelled-by-you.intro" : "mail.rsvp.declined.intro",
                note.toString(),
                "mail.rsvp.answer-again.button",
                event.answerAgainLink(),
                CalendarMethod.CANCEL_FOR_ATTENDEE);
    }

    @ApplicationModuleListener
    void meetingNews(MeetingNewsForAttendee event) {
        String key = "rsvp-news:" + event.rsvpId() + ":" + event.sequence();
        if (event.cancelled()) {
            send(
                    key,
                    event.email(),
                    event.name(),
                    event.language(),
                    event.meeting(),
                    "mail.rsvp.cancelled.subject",
                    "mail.rsvp.cancelled.intro",
                    event.reason() == null
                            ? null
                            : templates.message("mail.rsvp.cancelled.reason", event.language(), event.reason()),
                    "mail.rsvp.manage.button",
                    null,
                    CalendarMethod.CANCEL);
        } else {
            send(
                    key,
                    event.email(),
                    event.name(),
                    event.language(),
                    event.meeting(),
                    "mail.rsvp.changed.subject",
                    "mail.rsvp.changed.intro",
                    null,
                    "mail.rsvp.manage.button",
                    event.manageLink(),
                    CalendarMethod.REQUEST);
        }
    }

    /**
     * {@code actionLink} is the guest's own link; members (null) manage their RSVP on the meeting page.
     * {@code calendar}: the meeting for their calendar, as one they are coming to, or taken off it (null: none).
     */
    private void send(
            String key,
            String email,
            String name,
            Language language,
            MeetingFacts meeting,
            String subjectKey,
            String introKey,
            String note,
            String buttonKey,
            String actionLink,
            CalendarMethod calendar) {
        Map<String, Object> variables =
                MeetingMailDetails.forParticipant(templates, meeting, name, language, properties.organisationName());
        variables.put("intro", templates.message(introKey, language, meeting.bodyName(), meeting.title()));
        variables.put("note", note);
        variables.put("button", templates.message(buttonKey, language));
        variables.put("link", actionLink);
        RenderedEmail message =
                templates.render("rsvp", email, language, subjectKey, new Object[] {meeting.title()}, variables);
        outbox.queue(
                key,
                calendar == null
                        ? message
                        : calendars.attach(
                                message,
                                meeting.meetingId(),
                                calendar,
                                name,
                                calendar != CalendarMethod.CANCEL_FOR_ATTENDEE));
    }
}
