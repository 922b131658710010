package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.PublishedMinutes;
import roundtable.minutes.PublishedTranslation;

/**
 * A resident without an account finds what was said about something by searching the archive,
 * sees the passage with the words marked, opens the minutes, and finds the feed to follow; then
 * opens the plain permalink (no session, no script), reads it in Spanish and downloads the PDF.
 */
class MinutesArchiveJourneyIT extends BrowserTest {

    @Autowired
    MinutesArchive minutes;

    @Test
    void aResidentFindsMinutesByAWordFromThemAndSeesWhereItWasSaid() {
        PublishedMinutes record = minutes.allCurrent().getFirst();
        String word = search(record);

        assertThat(page.locator("#minutes-status")).containsText("“" + word + "”");
        Locator mark = page.locator("#minutes-results mark").first();
        assertThat(mark).isVisible();
        assertThat(mark.innerText().toLowerCase(Locale.ROOT)).startsWith(word.substring(0, 4));
        BrowserSupport.assertAccessible(page, "minutes-search");
        BrowserSupport.screenshots(page, "minutes-search");

        open(record);

        APIResponse feed = page.request().get(url("/feeds/minutes.atom"));
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
        assertThat(feed.text()).contains("/public/minutes/" + record.minutesId());
    }

    @Test
    void anAnonymousReaderFindsMinutesOpensThePermalinkThePdfAndTheSpanishTranslation() throws IOException {
        PublishedMinutes record = minutes.allCurrent().stream()
                .filter(m ->
                        m.translations().stream().anyMatch(t -> t.language().equals("es")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo has no minutes translated into Spanish"));
        search(record);
        open(record);
        assertThat(page).hasURL(Pattern.compile("/minutes/" + record.minutesId() + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Versions")))
                .isVisible();
        BrowserSupport.assertAccessible(page, "minutes-page");
        BrowserSupport.screenshots(page, "minutes-page");

        String permalink = "/public/minutes/" + record.minutesId();
        Response response = page.waitForResponse(
                r -> r.url().endsWith(permalink),
                () -> page.locator("#minutes-permalink").click());
        page.waitForLoadState();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.allHeaders()).doesNotContainKey("set-cookie");
        assertThat(page.locator("h1")).containsText(record.title());
        assertThat(page.locator("script")).hasCount(0);
        BrowserSupport.assertAccessible(page, "minutes-permalink");
        BrowserSupport.plainScreenshots(page, "minutes-permalink");

        // A first visit straight to the permalink, as from a shared link: the browser keeps no cookie at all.
        try (BrowserContext fresh = watched(browser.newContext())) {
            Page reader = fresh.newPage();
            reader.navigate(url(permalink + "?lang=es"));
            PublishedTranslation spanish =
                    minutes.translation(record.minutesId(), "es").orElseThrow();
            String sentence = spanish.plainText()
                    .strip()
                    .lines()
                    .findFirst()
                    .orElseThrow()
                    .strip();
            assertThat(reader.locator("html")).hasAttribute("lang", "es");
            assertThat(reader.locator("main")).hasAttribute("lang", "es");
            assertThat(reader.locator("main")).containsText(sentence);
            assertThat(reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English (original)")))
                    .hasAttribute("href", permalink);
            BrowserSupport.assertAccessible(reader, "minutes-permalink-es");
            BrowserSupport.plainScreenshots(reader, "minutes-permalink-es");
            assertThat(fresh.cookies()).isEmpty();
        }

        APIResponse pdf = page.request().get(url(permalink + ".pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        byte[] bytes = pdf.body();
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(record.title());
        }
    }

    /** Searches the archive, signed out, for the longest plain word of the minutes' text; returns the word. */
    private String search(PublishedMinutes record) {
        String word = Arrays.stream(record.plainText().split("[^\\p{IsAlphabetic}]+"))
                .filter(w -> w.chars().allMatch(c -> c < 128))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow()
                .toLowerCase(Locale.ROOT);
        visit("/minutes", "minutes-archive");
        page.getByLabel("Search the minutes").fill(word);
        page.getByLabel("Search the minutes").press("Enter");
        page.waitForURL(url -> url.contains("q=" + word));
        BrowserSupport.settle(page);
        return word;
    }

    private void open(PublishedMinutes record) {
        // Several meetings' minutes can share a title ("Regular meeting"): the link to this record is the one by its
        // id.
        page.locator("#minutes-results a[href$='minutes/" + record.minutesId() + "']")
                .first()
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).containsText(record.title());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
