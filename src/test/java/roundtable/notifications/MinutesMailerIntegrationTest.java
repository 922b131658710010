package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesReading;
import roundtable.minutes.PublishedMinutes;
import roundtable.minutes.PublishedMinutesFixtures;
import roundtable.minutes.PublishedTranslation;
import roundtable.minutes.XssPayloads;
import roundtable.people.Recipient;

/** Members hear of published and amended minutes by email, in their own language, with the minutes in it. */
@IntegrationTest
class MinutesMailerIntegrationTest {

    static final String SECRETARY = "dac.secretary@example.org";
    static final String CHAIR = "dac.chair@example.org";
    static final String MEMBER = "dac.member@example.org";
    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesPublishing publishing;

    @Autowired
    MinutesApproval approval;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    GreenMail mail;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MinutesMailer mailer;

    @AfterEach
    void quiet() {
        OutboxDrain.await(notifications, jdbc, WAIT);
    }

    <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    MinutesDraft record(long minutesId, MinutesDraft draft, String notes) {
        return new MinutesToPublish(minutes, approval, publishing, planning, committees, users, clock)
                .record(minutesId, draft, notes);
    }

    PublishedMinutes publish(long minutesId, MinutesDraft recorded) {
        return new MinutesToPublish(minutes, approval, publishing, planning, committees, users, clock)
                .publish(minutesId, recorded);
    }

    @Test
    void eachMemberReadsTheMinutesInTheirLanguageAndHearsOfTheAmendmentWithItsVersionAndReason() throws Exception {
        String title = "DAC minutes by email";
        long meetingId = as(
                SECRETARY,
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, clock, title, CheckInFixtures.STARTED_AGO, true));
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft draft = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
        PublishedMinutes v1 =
                publish(minutesId, record(minutesId, draft, "<p>Members asked for the budget slides in Spanish.</p>"));

        MimeMessage spanish = Mailbox.to(mail, MEMBER, title, 1, WAIT).getFirst();
        assertThat(spanish.getSubject()).startsWith("Acta publicada: " + title);
        // SMTP carries lines ending in CRLF.
        String html = Mailbox.part(spanish, "text/html").replace("\r\n", "\n");
        String text = Mailbox.part(spanish, "text/plain");
        String permalink = "http://localhost:8080/public/minutes/" + minutesId;
        assertThat(html)
                .as("the one renderer's minutes, framed in Spanish")
                .contains("Hola,", "publicó el acta", v1.html(), permalink + "?lang=es", permalink + ".pdf?lang=es");
        assertThat(text)
                .contains(
                        "Hola,",
                        "Members asked for the budget slides in Spanish.",
                        permalink + "?lang=es",
                        permalink + ".pdf?lang=es")
                .doesNotContain("<p>");
        MimeMessage english = Mailbox.to(mail, CHAIR, title, 1, WAIT).getFirst();
        assertThat(english.getSubject()).startsWith("Minutes published: " + title);
        assertThat(Mailbox.part(english, "text/html").replace("\r\n", "\n")).contains(v1.html(), permalink + "\"");

        long version = as(CHAIR, () -> minutes.draftOf(meetingId).orElseThrow().version());
        MinutesDraft amending = as(CHAIR, () -> approval.amend(minutesId, version, "The budget item was misnamed"));
        publish(minutesId, record(minutesId, amending, "<p>Members asked for the budget slides in two languages.</p>"));

        MimeMessage amended =
                Mailbox.to(mail, MEMBER, "(versión 2): " + title, 1, WAIT).getFirst();
        assertThat(amended.getSubject())
                .isEqualTo("Acta corregida (versión 2): " + title + ", "
                        + Dates.date(v1.meetingDate(), Language.SPANISH.locale()));
        assertThat(Mailbox.body(amended))
                .contains(
                        "la versión 2 sustituye a la anterior",
                        "Motivo de la corrección: The budget item was misnamed",
                        "in two languages")
                .doesNotContain("budget slides in Spanish");
        assertThat(Mailbox.to(mail, CHAIR, "(version 2): " + title, 1, WAIT))
                .singleElement()
                .satisfies(m ->
                        assertThat(Mailbox.body(m)).contains("Reason for the amendment: The budget item was misnamed"));
        assertThat(Mailbox.to(mail, MEMBER, title, 2, WAIT))
                .as("one email per publication, no more")
                .hasSize(2);
    }

    @Test
    void anUpToDateTranslationIsSentAsSuchWithTheWayToTheOriginalAndSanitisedAgain() {
        PublishedMinutes original = PublishedMinutesFixtures.single("<p>The committee discussed the budget.</p>");
        PublishedTranslation translation = new PublishedTranslation(
                original.minutesId(),
                "es",
                1,
                false,
                "<p>El comité habló del presupuesto.</p><script>alert(1)</script><img src=x onerror=alert(1)>",
                "El comité habló del presupuesto.",
                "María",
                Instant.now());
        RenderedEmail email = mailer.render(
                MinutesReading.of(original, Language.SPANISH, Optional.of(translation)),
                new Recipient(1, "Lucía", "lucia@example.org", Language.SPANISH),
                null);

        assertThat(email.html())
                .contains(
                        "El comité habló del presupuesto.",
                        "Esta es una traducción de la versión 1, hecha por una persona.",
                        "href=\"http://localhost:8080/public/minutes/7\"",
                        "Leer el original",
                        "lang=\"es\"")
                .doesNotContain("The committee discussed", "<script", "onerror", "<img");
        assertThat(email.text())
                .contains(
                        "El comité habló del presupuesto.", "Leer el original: http://localhost:8080/public/minutes/7");
    }

    /** A translation is a person's typing, stored sanitised; the email sanitises it again on the way out. */
    @Test
    void noKnownPayloadInATranslationSurvivesIntoTheEmail() {
        String hostile = String.join("\n", XssPayloads.all());
        PublishedTranslation translation =
                new PublishedTranslation(7, "es", 1, false, hostile, "Hostil", "María", Instant.now());
        RenderedEmail email = mailer.render(
                MinutesReading.of(
                        PublishedMinutesFixtures.single("<p>Budget.</p>"), Language.SPANISH, Optional.of(translation)),
                new Recipient(1, "Lucía", "lucia@example.org", Language.SPANISH),
                null);

        XssPayloads.assertNothingRuns(email.html(), "email with a translation");
        XssPayloads.assertHarmless(
                email.html()
                        .substring(
                                email.html().indexOf("<!-- minutes -->"),
                                email.html().indexOf("<!-- /minutes -->")),
                "translated minutes in the email");
    }
}
