package roundtable.notifications;

import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import roundtable.attendance.AttendanceRecorded;
import roundtable.attendance.GuestConfirmationRequested;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.MeetingNewsForAttendee;
import roundtable.attendance.WaitlistPromoted;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;

/**
 * Emails about RSVPs, each in the recipient's language and each naming the meeting, its day and
 * time with the zone, the place and its page: the guest's confirmation link, "you're confirmed"
 * or "you're on the waitlist", and "a place came free: it's yours".
 */
@Component
class AttendanceMailer {

    private final MailTemplates templates;
    private final EmailOutbox outbox;
    private final RoundtableProperties properties;

    AttendanceMailer(MailTemplates templates, EmailOutbox outbox, RoundtableProperties properties) {
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void guestConfirmationRequested(GuestConfirmationRequested event) {
        send("rsvp-confirm:" + event.rsvpId() + ":" + event.sequence(), event.email(), event.name(), event.language(),
                event.meeting(), "mail.rsvp.confirm.subject", "mail.rsvp.confirm.intro", null,
                "mail.rsvp.confirm.button", event.confirmLink());
    }

    @ApplicationModuleListener
    void attendanceRecorded(AttendanceRecorded event) {
        String note = event.lateRequests() ? templates.message("mail.rsvp.late", event.language()) : null;
        String key = "rsvp-recorded:" + event.rsvpId() + ":" + event.sequence();
        if (event.waitlisted()) {
            send(key, event.email(), event.name(), event.language(), event.meeting(), "mail.rsvp.waitlisted.subject",
                    "mail.rsvp.waitlisted.intro", note, "mail.rsvp.manage.button", event.manageLink());
        } else {
            send(key, event.email(), event.name(), event.language(), event.meeting(), "mail.rsvp.confirmed.subject",
                    "mail.rsvp.confirmed.intro", note, "mail.rsvp.manage.button", event.manageLink());
        }
    }

    @ApplicationModuleListener
    void waitlistPromoted(WaitlistPromoted event) {
        send("rsvp-promoted:" + event.rsvpId() + ":" + event.sequence(), event.email(), event.name(), event.language(),
                event.meeting(), "mail.rsvp.promoted.subject", "mail.rsvp.promoted.intro", null,
                "mail.rsvp.manage.button", event.manageLink());
    }

    @ApplicationModuleListener
    void meetingNews(MeetingNewsForAttendee event) {
        String key = "rsvp-news:" + event.rsvpId() + ":" + event.sequence();
        if (event.cancelled()) {
            send(key, event.email(), event.name(), event.language(), event.meeting(), "mail.rsvp.cancelled.subject",
                    "mail.rsvp.cancelled.intro", event.reason() == null ? null
                            : templates.message("mail.rsvp.cancelled.reason", event.language(), event.reason()),
                    "mail.rsvp.manage.button", null);
        } else {
            send(key, event.email(), event.name(), event.language(), event.meeting(), "mail.rsvp.changed.subject",
                    "mail.rsvp.changed.intro", null, "mail.rsvp.manage.button", event.manageLink());
        }
    }

    /** {@code actionLink} is the guest's own link; members (null) manage their RSVP on the meeting page. */
    private void send(String key, String email, String name, Language language, MeetingFacts meeting, String subjectKey,
            String introKey, String note, String buttonKey, String actionLink) {
        var locale = language.locale();
        var start = meeting.startsAt();
        String when = Dates.span(start, meeting.durationMinutes(), locale);
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", name);
        variables.put("intro", templates.message(introKey, language, meeting.bodyName(), meeting.title()));
        variables.put("title", meeting.title());
        variables.put("when", when);
        variables.put("place", MeetingPlaces.of(meeting, language, templates));
        variables.put("meetingLink", meeting.meetingLink());
        variables.put("note", note);
        variables.put("button", templates.message(buttonKey, language));
        variables.put("link", actionLink);
        variables.put("organisation", properties.organisationName());
        RenderedEmail message = templates.render("rsvp", email, language, subjectKey, new Object[] { meeting.title() },
                variables);
        outbox.queue(key, message);
    }
}
