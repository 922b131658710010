package roundtable.e2e;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import roundtable.TestMailServer;

/**
 * The app started once on a free port (every journey class shares this Spring context)
 * and Debian's Chromium, with a fresh browser context per test. Every page a journey
 * visits gets an axe check, each page once at a phone's width too; screenshots are taken
 * at the steps a journey names.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:roundtable-e2e;DB_CLOSE_DELAY=-1",
            "roundtable.mail.poll-interval=PT0.2S",
            "roundtable.storage.attachments-dir=target/e2e-attachments-${roundtable.test.fork:1}"
        })
@Import(TestMailServer.class)
@ExtendWith(JourneysExecutionOnly.class)
abstract class BrowserTest {

    static final String PASSWORD = "Roundtable-demo-2026";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    GreenMail mail;

    BrowserContext context;
    Page page;
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBrowser() {
        assumeFalse(Boolean.getBoolean("skipE2E"), "browser tests skipped with -DskipE2E=true");
        boolean ci = System.getenv("CI") != null;
        if (!Files.isExecutable(BrowserSupport.CHROMIUM)) {
            if (ci) {
                throw new IllegalStateException(
                        "Chromium not found at " + BrowserSupport.CHROMIUM + ": .ci/run installs it");
            }
            assumeTrue(false, "Chromium not installed; apt-get install chromium to run the browser tests");
        }
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"));
        context.setDefaultTimeout(20_000);
        cspViolations.clear();
        BrowserSupport.recordCspViolations(context, cspViolations);
        page = context.newPage();
    }

    /** Every journey also proves the Content-Security-Policy lets Vaadin do all it did. */
    @AfterEach
    void closeContext() {
        try {
            BrowserSupport.assertNoCspViolations(cspViolations);
        } finally {
            context.close();
        }
    }

    /**
     * Opens a page and checks it with axe; the first visit to a page (its address with ids and tokens
     * left out, in its language) also checks it at a phone's width. Screenshots are taken where a
     * journey asks for them ({@link #screenshots}), at the steps that matter.
     */
    void visit(String path, String name) {
        page.navigate("http://localhost:" + port + path);
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, name);
        if (PHONE_CHECKED.add(pageKey(path))) {
            BrowserSupport.phoneChecks(page, name);
        }
    }

    /** A desktop and a phone screenshot of what the page shows now, with the phone's checks. */
    void screenshots(String name) {
        BrowserSupport.screenshots(page, name);
    }

    /** Pages checked at a phone's width in this run: each page needs it once, not at every visit. */
    private static final Set<String> PHONE_CHECKED = ConcurrentHashMap.newKeySet();

    private String pageKey(String path) {
        String lang = String.valueOf(page.evaluate("() => document.documentElement.lang"));
        // Ids and tokens (any segment with a digit or longer than 24 characters) name one record, not another page.
        return lang + " "
                + Arrays.stream(path.split("/"))
                        .map(segment -> segment.matches(".*\\d.*") || segment.length() > 24 ? "*" : segment)
                        .collect(Collectors.joining("/"));
    }

    /** A further browser context whose refusals under the Content-Security-Policy count against the journey too. */
    BrowserContext watched(BrowserContext fresh) {
        return BrowserSupport.recordCspViolations(fresh, cspViolations);
    }

    List<String> menu() {
        return page.locator("vaadin-side-nav-item").allInnerTexts().stream()
                .map(String::strip)
                .toList();
    }

    void signIn(String email, String password) {
        page.navigate("http://localhost:" + port + "/login");
        BrowserSupport.settle(page);
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        BrowserSupport.settle(page);
    }
}
