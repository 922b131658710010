package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.attendance.CheckInFixtures;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.notifications.NotificationService;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.SubscriptionRequests;
import roundtable.subscriptions.SubscriptionService;

/**
 * A resident follows DAC from its public page, confirms from the emailed link, hears of the next
 * public meeting, and leaves in one click from the email, never signing in: once as a mail program
 * does it (a POST with no cookie), once from the page the link opens.
 */
class SubscriptionJourneyIT extends BrowserTest {

    static final String RESIDENT = "river.resident@example.net";

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void quiet() {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
    }

    /** The form itself, which the page's screenshots leave below the fold. */
    void formScreenshots(String name) {
        var size = page.viewportSize();
        for (int width : new int[] {size.width, BrowserSupport.PHONE_WIDTH}) {
            page.setViewportSize(width, size.height);
            BrowserSupport.settle(page);
            page.locator("#subscribe").scrollIntoViewIfNeeded();
            page.locator("#subscribe")
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(BrowserSupport.SCREENSHOTS.resolve(
                                    name + (width == size.width ? "-desktop" : "-phone") + ".png")));
        }
        page.setViewportSize(size.width, size.height);
        BrowserSupport.settle(page);
    }

    String local(String link) {
        return link.replaceAll("^https?://[^/]+", "");
    }

    @Test
    void aResidentSubscribesConfirmsAndUnsubscribesInOneClickWithoutSigningIn() throws Exception {
        visit("/committees/dac", "committee-subscribe");
        formScreenshots("subscribe-form");
        page.locator("#subscribe-email input").fill(RESIDENT);
        page.locator("#subscribe-send").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#subscribe-status")).containsText("Check your inbox");
        BrowserSupport.assertAccessible(page, "subscription asked");

        String confirm = local(Mailbox.awaitLink(
                mail, RESIDENT, "Please confirm", SubscriptionRequests.CONFIRM_PATH, Duration.ofSeconds(20)));
        visit(confirm, "subscription-confirm");
        assertThat(page.locator("#subscription-status")).hasCount(0);
        page.locator("#subscription-confirm").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#subscription-status")).containsText("Confirmed");
        BrowserSupport.assertAccessible(page, "subscription confirmed");
        BrowserSupport.screenshots(page, "subscription-confirmed");

        String title = "Budget listening session for subscribers";
        RunAs.as(
                users,
                "dac.chair@example.org",
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, Clock.systemUTC(), title, Duration.ofDays(-30), true));
        MimeMessage announcement =
                Mailbox.to(mail, RESIDENT, title, 1, Duration.ofSeconds(20)).getFirst();
        String header = announcement.getHeader("List-Unsubscribe")[0];
        String meetingsLink = header.substring(1, header.length() - 1);

        // A mail program's one-click unsubscribe: a POST from no browser session at all.
        APIResponse oneClick = playwright
                .request()
                .newContext()
                .post(
                        "http://localhost:" + port + local(meetingsLink),
                        RequestOptions.create().setForm(FormData.create().set("List-Unsubscribe", "One-Click")));
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(oneClick.headers()).doesNotContainKey("set-cookie");
        long dac = committees.findBySlug("dac").orElseThrow().id();
        assertThat(subscriptions.subscribers(dac, Category.MEETINGS))
                .noneMatch(s -> s.email().equals(RESIDENT));

        // From the email's footer link, in a browser that has never been here: the page, then its button.
        String minutesLink = subscriptions.subscribers(dac, Category.MINUTES).stream()
                .filter(s -> s.email().equals(RESIDENT))
                .findFirst()
                .orElseThrow()
                .unsubscribeLink();
        try (BrowserContext fresh = watched(browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US")))) {
            Page reader = fresh.newPage();
            var response = reader.navigate("http://localhost:" + port + local(minutesLink));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.allHeaders()).doesNotContainKey("set-cookie");
            assertThat(reader.locator("h1")).hasText("Unsubscribe");
            assertThat(reader.locator("script")).hasCount(0);
            BrowserSupport.assertAccessible(reader, "unsubscribe");
            BrowserSupport.plainScreenshots(reader, "unsubscribe");
            assertThat(subscriptions.subscribers(dac, Category.MINUTES))
                    .as("opening the page changes nothing")
                    .anyMatch(s -> s.email().equals(RESIDENT));

            reader.locator("#unsubscribe").click();
            reader.waitForLoadState();
            assertThat(reader.locator("#unsubscribe-status")).containsText("you will no longer receive minutes");
            BrowserSupport.assertAccessible(reader, "unsubscribed");
            BrowserSupport.plainScreenshots(reader, "unsubscribed");
            assertThat(fresh.cookies()).isEmpty();
        }
        assertThat(subscriptions.subscribers(dac, Category.MINUTES))
                .noneMatch(s -> s.email().equals(RESIDENT));
    }
}
