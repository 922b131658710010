package roundtable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright (no browser download), with an axe check and a
 * desktop and a phone screenshot of every page a journey visits.
 */
final class BrowserSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final int PHONE_WIDTH = 360;

    private BrowserSupport() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /**
     * Collects what the browser refused under the Content-Security-Policy, from every page of the
     * context, so a journey fails when the policy breaks something it did.
     */
    static BrowserContext recordCspViolations(BrowserContext context, List<String> into) {
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                into.add(message.text() + " at " + (message.page() == null ? "?" : message.page().url()));
            }
        });
        return context;
    }

    static void assertNoCspViolations(List<String> violations) {
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    /** Waits until Vaadin has no request in flight, so what is checked is what a person would see. */
    static void settle(Page page) {
        page.waitForLoadState();
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(150);
        // A notification fading in has, for a moment, colours no reader sees: check it once it has arrived.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getComputedTiming?.().iterations === Infinity)");
    }

    /** Fails on serious or critical WCAG 2.1 A/AA violations, naming each one and where it is. */
    static void assertAccessible(Page page, String name) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .toList();
        String report = serious.stream()
                .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(serious).as("accessibility of " + name + " (" + page.url() + "):\n" + report).isEmpty();
    }

    /** A desktop and a 360 px screenshot, for people to look at, under target/screenshots. */
    static void screenshots(Page page, String name) {
        screenshots(page, name, BrowserSupport::settle);
    }

    /** The same for a plain page without Vaadin (the permalink), where only loading needs to finish. */
    static void plainScreenshots(Page page, String name) {
        screenshots(page, name, Page::waitForLoadState);
    }

    private static void screenshots(Page page, String name, java.util.function.Consumer<Page> settle) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        var size = page.viewportSize();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-desktop.png")).setFullPage(true));
        page.setViewportSize(PHONE_WIDTH, 740);
        settle.accept(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png")).setFullPage(true));
        assertAccessible(page, name + " at " + PHONE_WIDTH + " px");
        page.setViewportSize(size.width, size.height);
        settle.accept(page);
    }
}
