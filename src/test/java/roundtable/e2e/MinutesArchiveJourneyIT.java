package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import roundtable.minutes.MinutesService;
import roundtable.minutes.PublishedMinutes;

/**
 * A resident without an account finds what was said about something by searching the archive,
 * sees the passage with the words marked, opens the minutes, and finds the feed to follow.
 */
class MinutesArchiveJourneyIT extends BrowserTest {

    @Autowired
    MinutesService minutes;

    @Test
    void aResidentFindsMinutesByAWordFromThemAndSeesWhereItWasSaid() {
        PublishedMinutes record = minutes.allCurrent().getFirst();
        String word = Arrays.stream(record.plainText().split("[^\\p{IsAlphabetic}]+"))
                .filter(w -> w.chars().allMatch(c -> c < 128)).max(Comparator.comparingInt(String::length))
                .orElseThrow().toLowerCase(Locale.ROOT);

        visit("/minutes", "minutes-archive");
        page.getByLabel("Search the minutes").fill(word);
        page.getByLabel("Search the minutes").press("Enter");
        page.waitForURL(url -> url.contains("q=" + word));
        BrowserSupport.settle(page);

        assertThat(page.locator("#minutes-status")).containsText("“" + word + "”");
        Locator mark = page.locator("#minutes-grid mark").first();
        assertThat(mark).isVisible();
        assertThat(mark.innerText().toLowerCase(Locale.ROOT)).startsWith(word.substring(0, 4));
        BrowserSupport.assertAccessible(page, "minutes-search");
        BrowserSupport.screenshots(page, "minutes-search");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(record.title()).setExact(true)).first()
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).containsText(record.title());

        APIResponse feed = page.request().get("http://localhost:" + port + "/feeds/minutes.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
        assertThat(feed.text()).contains("/public/minutes/" + record.minutesId());
    }
}
