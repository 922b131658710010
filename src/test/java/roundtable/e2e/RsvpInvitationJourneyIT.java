package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.notifications.NotificationService;

/**
 * The chair schedules a DAC meeting; María Fernanda (reads Spanish) gets the invitation, taps
 * "I'll be there in person" on her phone without signing in, changes it to online on the page
 * it opens, confirms, and is told she is confirmed, on the page and by email.
 */
class RsvpInvitationJourneyIT extends BrowserTest {

    static final String TITLE = "DAC budget listening session (invitation journey)";
    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    /** Other journeys read "the last message to" a demo account; leave them none of ours. */
    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(30));
        mail.purgeEmailFromAllMailboxes();
    }

    /** A test that fails half-way must not leave María (who reads Spanish) with English emails for the next. */
    @AfterEach
    void sheStillReadsSpanish() {
        jdbc.update("update person set preferred_language = 'es' where email = 'dac.member@example.org'");
    }

    long scheduleAsTheChair() {
        return scheduleAsTheChair(TITLE, 300);
    }

    long scheduleAsTheChair(String title, int inDays) {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        // Far enough ahead that journeys looking for "the next DAC meeting" still find the demo's.
        LocalDateTime start =
                LocalDateTime.now(DENVER).toLocalDate().plusDays(inDays).atTime(12, 0);
        return RunAs.as(
                users,
                "dac.chair@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        title,
                        start,
                        DENVER,
                        90,
                        new MeetingPlace(
                                MeetingFormat.HYBRID,
                                "Education Center, 1829 Denver West Dr",
                                "Board Room",
                                null,
                                "https://meet.example.org/dac-budget",
                                null,
                                List.of("es", "ase")),
                        false,
                        null)));
    }

    /** How the invitation looks in a mail app, wide and on a phone. */
    void screenshotEmail(String html) {
        page.setContent(html);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("email-rsvp-invitation-desktop.png"))
                .setFullPage(true));
        page.setViewportSize(BrowserSupport.PHONE_WIDTH, 740);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("email-rsvp-invitation-phone.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 900);
    }

    @Test
    void aMemberAnswersFromTheInvitationEmailWithoutSigningIn() {
        long meeting = scheduleAsTheChair();

        var invitation = Mailbox.to(mail, "dac.member@example.org", "Invitación: " + TITLE, 1, Duration.ofSeconds(20))
                .getFirst();
        String html = Mailbox.part(invitation, "text/html");
        var link = Pattern.compile("/rsvp/answer/[A-Za-z0-9_.-]+\\?response=IN_PERSON")
                .matcher(html);
        assertThat(link.find()).as("an in-person button in " + html).isTrue();
        String path = link.group();
        screenshotEmail(html);

        // Her phone speaks Spanish; nobody is signed in.
        context.close();
        context = watched(browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("es-US")));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        visit(path, "rsvp-answer-member");
        assertThat(page.locator("h1")).containsText(TITLE);
        Locator answers = page.locator("#rsvp-response");
        assertThat(answers.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Asistiré en persona")))
                .isChecked();
        assertThat(page.locator("#rsvp-status")).hasCount(0);
        assertThat(jdbc.queryForObject("select count(*) from rsvp where meeting_id = ?", Long.class, meeting))
                .as("opening the link records nothing")
                .isZero();

        answers.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Me conectaré en línea"))
                .check();
        // The layout scrolls inside the page, so a full-page shot stops at the fold: this shows the answer and Confirm.
        page.setViewportSize(BrowserSupport.PHONE_WIDTH, 740);
        page.locator("#rsvp-confirm").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("rsvp-answer-member-form-phone.png")));
        page.setViewportSize(1280, 900);
        page.locator("#rsvp-confirm").click();
        BrowserSupport.settle(page);

        assertThat(page.locator("#rsvp-status")).containsText("Me conectaré en línea");
        assertThat(page.locator("#rsvp-status")).containsText("Confirmado");
        BrowserSupport.assertAccessible(page, "RSVP from the invitation, confirmed");
        BrowserSupport.screenshots(page, "rsvp-answer-member-saved");

        var confirmation = Mailbox.to(
                        mail,
                        "dac.member@example.org",
                        "Su asistencia está confirmada: " + TITLE,
                        1,
                        Duration.ofSeconds(20))
                .getFirst();
        assertThat(Mailbox.body(confirmation)).contains("/meetings/" + meeting);
        assertThat(jdbc.queryForObject("select response from rsvp where meeting_id = ?", String.class, meeting))
                .isEqualTo("ONLINE");
    }

    /** The path of María's one-click "in person" link in her invitation to this meeting. */
    String inPersonLink(String title) {
        var invitation = Mailbox.to(mail, "dac.member@example.org", "Invitación: " + title, 1, Duration.ofSeconds(20))
                .getFirst();
        var link = Pattern.compile("/rsvp/answer/[A-Za-z0-9_.-]+\\?response=IN_PERSON")
                .matcher(Mailbox.part(invitation, "text/html"));
        assertThat(link.find()).as("an in-person button in her invitation").isTrue();
        return link.group();
    }

    void pressTheLanguageButton() {
        page.locator("#language-switch").click();
        page.waitForLoadState();
        BrowserSupport.settle(page);
    }

    @Test
    void herInvitationOpensInSpanishOnAnEnglishPhoneAndTheLanguageButtonLeavesHerEmailsInSpanish() {
        String first = "DAC facilities walk-through (language journey)";
        scheduleAsTheChair(first, 302);
        String path = inPersonLink(first);

        // The phone speaks English (the context's locale); nobody is signed in.
        visit(path, "rsvp-answer-english-phone");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).containsText("Asistencia: " + first);
        assertThat(page.locator("#rsvp-response")
                        .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Asistiré en persona")))
                .isChecked();
        assertThat(page.locator("#language-switch")).hasText("English");

        // She may read this page in English if she likes: the button changes it, and it stays changed.
        pressTheLanguageButton();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).containsText("RSVP: " + first);
        page.reload();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).containsText("RSVP: " + first);

        // Signed in on the same English phone, her pages are in Spanish; she switches to English.
        context.close();
        context = watched(browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US")));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        signIn("dac.member@example.org", PASSWORD);
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        pressTheLanguageButton();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#language-emails-stay")).containsText("emails to you still come in Spanish");
        BrowserSupport.assertAccessible(page, "language switched while signed in");
        BrowserSupport.screenshots(page, "language-switched-emails-stay");

        // Her saved language is untouched: the next invitation is in Spanish, and its link opens in Spanish
        // although she reads the rest of the site in English this visit.
        String second = "DAC bus routes forum (language journey)";
        scheduleAsTheChair(second, 303);
        String next = inPersonLink(second);
        assertThat(jdbc.queryForObject(
                        "select preferred_language from person where email = ?",
                        String.class,
                        "dac.member@example.org"))
                .isEqualTo("es");
        page.navigate("http://localhost:" + port + next);
        BrowserSupport.settle(page);
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).containsText("Asistencia: " + second);
    }
}
