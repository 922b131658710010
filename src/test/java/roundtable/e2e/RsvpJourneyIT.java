package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.notifications.NotificationService;

/**
 * María Fernanda (DAC member, reads Spanish) says she will come in person and asks for Spanish
 * interpretation from the meeting's page; her confirmation email is in Spanish and names the meeting.
 */
class RsvpJourneyIT extends BrowserTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(30));
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    void aMemberRsvpsInPersonAndAsksForSpanishInterpretation() {
        LocalDateTime notLate = LocalDateTime.now(ZoneId.of("America/Denver")).plusDays(8);
        long meeting = jdbc.queryForObject("select m.id from meeting m join body b on b.id = m.body_id"
                + " where b.slug = 'dac' and m.status = 'SCHEDULED' and m.starts_at_local > ?"
                + " order by m.starts_at_local fetch first 1 rows only", Long.class, notLate);

        signIn("dac.member@example.org", PASSWORD);
        visit("/meetings/" + meeting, "meeting-rsvp-member");
        page.locator("#rsvp-response").getByRole(AriaRole.RADIO,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Asistiré en persona")).check();
        page.locator("#rsvp-interpretation").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Español").setExact(true)).click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#rsvp-interpretation-mode")).isVisible();
        page.locator("#rsvp-save").click();
        BrowserSupport.settle(page);

        assertThat(page.locator("#rsvp-status")).containsText("Asistiré en persona");
        assertThat(page.locator("#rsvp-status")).containsText("Confirmado");
        BrowserSupport.assertAccessible(page, "meeting RSVP saved");
        BrowserSupport.screenshots(page, "meeting-rsvp-member-saved");

        var email = Mailbox.to(mail, "dac.member@example.org", "Su asistencia está confirmada", 1,
                Duration.ofSeconds(20)).getFirst();
        String body = Mailbox.body(email);
        assertThat(body).contains("DAC monthly meeting").contains("/meetings/" + meeting).containsPattern("M[SD]T");

        // The chair sees the counts, with Spanish interpretation among them, and nobody's name.
        freshContext();
        signIn("dac.chair@example.org", PASSWORD);
        visit("/meetings/" + meeting, "meeting-rsvp-chair");
        assertThat(page.locator("#rsvp-overview")).containsText("Interpretation: Spanish");
        assertThat(page.locator("#rsvp-overview")).not().containsText("María");
        page.locator("#rsvp-places").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/meeting-rsvp-chair-counts.png")));

        // Lucía, the language services coordinator, finds it under the meeting, assigns Ana and confirms.
        freshContext();
        signIn("language.services@example.org", PASSWORD);
        visit("/language-services/requests", "language-requests");
        String group = "#group-" + meeting + "-interpretation-es";
        assertThat(page.locator("#desk-meeting-" + meeting)).containsText("DAC monthly meeting");
        assertThat(page.locator(group)).containsText("Interpretación: Español");
        page.locator(group + "-show").click();
        BrowserSupport.settle(page);
        assertThat(page.locator(group + "-lines")).containsText("María Fernanda Ruiz");
        BrowserSupport.assertAccessible(page, "language requests with who asked");
        BrowserSupport.screenshots(page, "language-requests-details");
        page.locator(group + "-group-assign").click();
        BrowserSupport.settle(page);
        // Checked before the list opens: Vaadin's own drop-down scroller carries no name while it is open.
        BrowserSupport.assertAccessible(page, "assign interpreter dialog");
        page.locator("#assign-interpreter input").fill("Ana");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Ana Morales")))
                .click();
        page.locator("vaadin-combo-box-overlay").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        BrowserSupport.screenshots(page, "language-requests-assign");
        page.locator("#assign-confirm").click();
        BrowserSupport.settle(page);
        assertThat(page.locator(group)).containsText("Ana Morales");
        page.locator(group + "-group-confirm").click();
        BrowserSupport.settle(page);
        page.locator("#settled-too").click();
        BrowserSupport.settle(page);
        assertThat(page.locator(group)).containsText("Confirmado");
        BrowserSupport.screenshots(page, "language-requests-confirmed");

        String confirmed = Mailbox.body(Mailbox.to(mail, "dac.member@example.org", "Confirmado", 1,
                Duration.ofSeconds(20)).getFirst());
        assertThat(confirmed).contains("DAC monthly meeting").contains("Interpretación: Español")
                .contains("está confirmado").containsPattern("M[SD]T").contains("Education Center");
    }

    private void freshContext() {
        context.close();
        context = watched(browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-US")));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @Test
    void aGuestRsvpsToAnAllianceGatheringWithAnAslRequestAndConfirmsByEmail() {
        long meeting = jdbc.queryForObject("select m.id from meeting m join body b on b.id = m.body_id"
                + " where b.slug = 'jeffco-alliance' and m.status = 'SCHEDULED' and m.public_meeting"
                + " and m.starts_at_local > ? order by m.starts_at_local fetch first 1 rows only", Long.class,
                LocalDateTime.now(ZoneId.of("America/Denver")));

        visit("/meetings/" + meeting, "meeting-rsvp-guest");
        page.locator("#rsvp-name input").fill("Jordan Guest");
        page.locator("#rsvp-email input").fill("jordan.guest@example.net");
        page.locator("#rsvp-response").getByRole(AriaRole.RADIO,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("I will attend in person")).check();
        page.locator("#rsvp-interpretation").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("ASL").setExact(true)).click();
        page.locator("#rsvp-save").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#rsvp-status")).containsText("Check your email");

        String path = Mailbox.awaitLink(mail, "jordan.guest@example.net", "Please confirm", "/rsvp/confirm/",
                Duration.ofSeconds(20)).replaceAll("^https?://[^/]+", "");
        visit(path, "rsvp-confirm-guest");
        assertThat(page.locator("#rsvp-status")).hasCount(0);
        page.locator("#rsvp-confirm").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#rsvp-status")).containsText("Confirmed");
        BrowserSupport.assertAccessible(page, "guest RSVP confirmed");
        BrowserSupport.screenshots(page, "rsvp-confirm-guest-done");

        String manage = Mailbox.awaitLink(mail, "jordan.guest@example.net", "You are confirmed", "/rsvp/manage/",
                Duration.ofSeconds(20)).replaceAll("^https?://[^/]+", "");
        visit(manage, "rsvp-manage-guest");
        assertThat(page.locator("#rsvp-interpretation")).containsText("ASL");
    }
}
