package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public calendar in a real browser: list and month, one group, a meeting's .ics, a member's private feed. */
class CalendarJourneysIT extends BrowserTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Test
    void visitorBrowsesTheMonthOfDacMeetingsAndTakesOneIntoTheirCalendar() throws Exception {
        visit("/meetings", "meetings-list");
        assertThat(page.getByText("Closed meeting of JCEA").first()).isVisible();
        assertThat(page.getByText("JCEA representative council")).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Month"))
                .click();
        BrowserSupport.settle(page);
        YearMonth now = YearMonth.now(DENVER);
        assertThat(page).hasURL(Pattern.compile("/meetings\\?view=month&month=" + now + "$"));
        assertThat(page.locator("#view-month")).hasAttribute("aria-pressed", "true");

        page.locator("#body-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("District Accountability Committee"))
                .click();
        BrowserSupport.settle(page);
        assertThat(page).hasURL(Pattern.compile("view=month&month=" + now + "&body=dac$"));
        assertThat(page.locator("#subscribe-body")).hasAttribute("href", "feeds/committees/dac.ics");

        // The demo's next DAC meeting is nine days away, which may be next month.
        YearMonth dacMonth = YearMonth.from(LocalDate.now(DENVER).plusDays(9));
        if (!dacMonth.equals(now)) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next month"))
                    .click();
            BrowserSupport.settle(page);
        }
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table)
                .hasAccessibleName(Pattern.compile(
                        dacMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + dacMonth.getYear()));
        assertThat(table.getByRole(AriaRole.COLUMNHEADER).first()).hasText("Sun");
        Locator meeting = table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("DAC monthly meeting"))
                .first();
        assertThat(meeting).isVisible();
        assertThat(table).not().containsText("FAC meeting");
        BrowserSupport.assertAccessible(page, "meetings month of DAC");
        BrowserSupport.screenshots(page, "meetings-month-dac");

        // On a phone the month is a list of its days with meetings, and the same meeting is there.
        page.setViewportSize(BrowserSupport.PHONE_WIDTH, 740);
        BrowserSupport.settle(page);
        assertThat(table).isHidden();
        assertThat(page.locator(".month-agenda")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("DAC monthly meeting"))
                        .first())
                .isVisible();
        page.setViewportSize(1280, 900);
        BrowserSupport.settle(page);

        meeting.click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("DAC monthly meeting");
        BrowserSupport.assertAccessible(page, "meeting page");
        BrowserSupport.screenshots(page, "meeting-page");
        Download download =
                page.waitForDownload(() -> page.locator("#meeting-ics").click());
        assertThat(download.suggestedFilename()).matches("meeting-\\d+\\.ics");
        String ics = Files.readString(download.path(), StandardCharsets.UTF_8);
        ICalendar event = Biweekly.parse(ics).first();
        assertThat(event.getEvents()).singleElement().satisfies(e -> {
            assertThat(e.getSummary().getValue()).isEqualTo("DAC monthly meeting");
            assertThat(e.getUid().getValue()).matches("meeting-\\d+@localhost");
            assertThat(e.getDescription().getValue()).contains(page.url().replaceFirst("http://localhost:\\d+", ""));
        });
    }

    @Test
    void theFeedsAnswerCalendarAppsWithoutASession() {
        APIResponse feed = page.request().get("http://localhost:" + port + "/feeds/committees/dac.ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("content-type")).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(feed.headers()).doesNotContainKey("set-cookie");
        assertThat(feed.headers().get("cache-control")).isEqualTo("max-age=300, public");
        ICalendar calendar = Biweekly.parse(feed.text()).first();
        assertThat(calendar.getEvents())
                .anySatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo("DAC monthly meeting"));
        assertThat(page.request()
                        .get("http://localhost:" + port + "/feeds/committees/nobody.ics")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void memberMakesAPrivateFeedLinkFromTheirProfile() {
        signIn("dac.member@example.org", PASSWORD);
        visit("/my/profile", "profile-with-calendar-link");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Mi calendario")))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Mi calendario");
        page.locator("#calendar-feed-create").click();
        BrowserSupport.settle(page);
        String link = page.locator("#calendar-feed-link input").inputValue();
        assertThat(link).matches("http://localhost:8080/feeds/private/[A-Za-z0-9_-]{43}\\.ics");
        BrowserSupport.assertAccessible(page, "my calendar feed");
        BrowserSupport.screenshots(page, "my-calendar-feed");

        APIResponse feed = page.request().get(link.replace("http://localhost:8080", "http://localhost:" + port));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.text()).contains("X-WR-CALNAME:Reuniones de mis comités (Roundtable)");
    }
}
