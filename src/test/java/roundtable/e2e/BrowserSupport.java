package roundtable.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (no browser download), with an axe check of every page
 * a journey visits, the phone's checks of each page the first time it is visited, and a desktop
 * and a phone screenshot where a journey asks for one.
 */
final class BrowserSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final int PHONE_WIDTH = 360;

    private BrowserSupport() {}

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /**
     * Collects what the browser refused under the Content-Security-Policy, from every page of the
     * context, so a journey fails when the policy breaks something it did.
     */
    static BrowserContext recordCspViolations(BrowserContext context, List<String> into) {
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                into.add(message.text() + " at "
                        + (message.page() == null ? "?" : message.page().url()));
            }
        });
        return context;
    }

    static void assertNoCspViolations(List<String> violations) {
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    /**
     * Waits until Vaadin has had no request in flight for a few frames in a row (an answer may set
     * off the next request at once), so what is checked is what a person would see.
     */
    static void settle(Page page) {
        // A click that reloads the page (the language switch, signing out) may still be unloading the
        // old page when this starts: its script context then goes away under us, so start again on the new one.
        for (int attempt = 1; ; attempt++) {
            try {
                settleOnce(page);
                return;
            } catch (PlaywrightException e) {
                if (attempt == 3
                        || e.getMessage() == null
                        || !e.getMessage().contains("Execution context was destroyed")) {
                    throw e;
                }
            }
        }
    }

    private static void settleOnce(Page page) {
        page.waitForLoadState();
        page.evaluate("() => { window.__quietFrames = 0; }");
        // Polled once a frame: counts the frames in a row in which no Vaadin client was busy.
        page.waitForFunction(
                "() => { const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + " const idle = !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());"
                        + " window.__quietFrames = idle ? (window.__quietFrames || 0) + 1 : 0;"
                        + " return window.__quietFrames >= " + QUIET_FRAMES + "; }");
        awaitAnimations(page);
    }

    /** About 100 ms at 60 frames a second: long enough for a request an answer sets off to have started. */
    private static final int QUIET_FRAMES = 6;

    /**
     * A notification fading in has, for a moment, colours no reader sees: check it once it has arrived.
     * Also before every axe run, since a resize to the phone's width can start one again.
     */
    static void awaitAnimations(Page page) {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getComputedTiming?.().iterations === Infinity)");
    }

    /** The WCAG 2.1 A/AA rules and axe's best practices, which hold the landmark rules (landmark-one-main, region). */
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    /** Impacts that fail a journey: all but "minor". */
    private static final Set<String> COUNTED = Set.of("moderate", "serious", "critical");

    /**
     * Fails on moderate, serious or critical violations of WCAG 2.1 A/AA and axe's best practices,
     * naming each one and where it is; and on a button or link whose accessible name does not start
     * with the words it shows, which speech-input users say to press it (WCAG 2.5.3).
     */
    static void assertAccessible(Page page, String name) {
        awaitAnimations(page);
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(AXE_TAGS);
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        // Still "experimental" in axe, so off unless named: the visible label is part of the accessible name.
        options.setRules(Map.of("label-content-name-mismatch", on));
        // Vaadin's connection indicator shows a bar while a slow server answers: the frame's, not the page's content.
        AxeResults results = new AxeBuilder(page)
                .options(options)
                .exclude("vaadin-connection-indicator")
                .analyze();
        List<Rule> counted = results.getViolations().stream()
                .filter(r -> COUNTED.contains(r.getImpact()))
                .toList();
        String report = counted.stream()
                .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at "
                        + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(3)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(counted)
                .as("accessibility of " + name + " (" + page.url() + "):\n" + report)
                .isEmpty();
        assertNamesStartWithVisibleWords(page, name);
    }

    /**
     * A control labelled by aria-label must be announced starting with what it shows ("Edit", then
     * whose): axe only asks that the words appear somewhere in the name.
     */
    static void assertNamesStartWithVisibleWords(Page page, String name) {
        @SuppressWarnings("unchecked")
        List<String> mismatches = (List<String>) page.evaluate("""
                () => {
                  const words = s => (s || '').replace(/\\s+/g, ' ').trim().toLowerCase();
                  const controls = 'a[href][aria-label], button[aria-label], vaadin-button[aria-label],'
                      + ' [role=button][aria-label], [role=link][aria-label], vaadin-side-nav-item[aria-label]';
                  return [...document.querySelectorAll(controls)]
                    .filter(e => e.checkVisibility())
                    .map(e => [words(e.innerText), words(e.getAttribute('aria-label'))])
                    .filter(([shown, label]) => shown && !label.startsWith(shown))
                    .map(([shown, label]) => '"' + shown + '" is announced as "' + label + '"');
                }""");
        assertThat(mismatches)
                .as("names that do not start with the visible words on " + name + " (" + page.url() + ")")
                .isEmpty();
    }

    /**
     * Fails when the page, or the layout's content area that scrolls in its place, is wider than the
     * window: a reader on a phone would have to scroll sideways. Names what sticks out.
     */
    static void assertNoSidewaysScrolling(Page page, String name) {
        @SuppressWarnings("unchecked")
        List<String> overflow = (List<String>) page.evaluate("""
                () => {
                  const width = window.innerWidth;
                  const scrollers = [document.documentElement, document.body];
                  document.querySelectorAll('vaadin-app-layout').forEach(layout => {
                    const content = layout.shadowRoot && layout.shadowRoot.querySelector('[part~=content]');
                    if (content) scrollers.push(content);
                  });
                  const wide = scrollers.filter(s => s.scrollWidth > Math.min(width, s === document.documentElement
                      ? width : s.clientWidth || width));
                  if (wide.length === 0) return [];
                  const describe = e => e.localName + (e.id ? '#' + e.id : '')
                      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' "' + (e.innerText || '').trim().slice(0, 60).replace(/\\s+/g, ' ') + '"';
                  const sticking = [...document.querySelectorAll('body *')]
                    .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > width + 0.5)
                    .filter(e => ![...e.children].some(c => c.checkVisibility() && c.getBoundingClientRect().right > width + 0.5));
                  return wide.map(s => (s.localName || 'content') + ' is ' + s.scrollWidth + ' px wide in a '
                      + width + ' px window').concat(sticking.slice(0, 8).map(describe));
                }""");
        assertThat(overflow)
                .as(name + " scrolls sideways at " + page.viewportSize().width + " px (" + page.url() + ")")
                .isEmpty();
    }

    /** The focus indicator of what has the focus now, and how it stands out from what is behind it. */
    record FocusRing(String element, String ring, String background, double contrast) {
        @Override
        public String toString() {
            return element + ": ring " + ring + " on " + background + " = "
                    + String.format(Locale.ROOT, "%.2f", contrast) + ":1";
        }
    }

    /**
     * Finds the focused element (inside shadow roots too) and the ring drawn for it, as an outline or
     * a box-shadow without blur on it, its pseudo-elements or, for a Vaadin component, a part inside
     * it; blends the ring's colour over what is behind it (the parent's background for a ring drawn
     * outside, its own for one drawn inside) and measures the contrast as WCAG does. No ring at all
     * counts as contrast 1.
     */
    static FocusRing focusRing(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) page.evaluate("""
                () => {
                  const parse = c => {
                    const m = /rgba?\\(([^)]*)\\)/.exec(c || '');
                    if (!m) return null;
                    const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
                    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
                  };
                  const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a),
                      g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 });
                  const channel = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                  const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
                  const contrast = (x, y) => { const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
                      return (hi + 0.05) / (lo + 0.05); };
                  const css = c => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
                  const parentOf = e => e.assignedSlot || e.parentElement
                      || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
                  const behind = start => {
                    const layers = [];
                    for (let e = start; e; e = parentOf(e)) {
                      const c = parse(getComputedStyle(e).backgroundColor);
                      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
                    }
                    return layers.reverse().reduce((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
                  };
                  const text = e => (e.innerText || e.getAttribute('aria-label') || '').trim();
                  const describe = e => {
                    const named = text(e) ? e : e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : e;
                    return named.localName + (named.id ? '#' + named.id : '') + ' "' + text(named).split('\\n')[0].slice(0, 40) + '"';
                  };
                  let focused = document.activeElement;
                  while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) focused = focused.shadowRoot.activeElement;
                  if (!focused || focused === document.body) return { element: null, ring: 'none', background: '', contrast: 1 };
                  // The components that may draw its ring: itself, the one whose shadow it is in, those it is slotted into.
                  const hosts = [];
                  if (focused.localName.includes('-')) hosts.push(focused);
                  if (focused.getRootNode() instanceof ShadowRoot) hosts.push(focused.getRootNode().host);
                  for (let e = focused; e.assignedSlot && e.parentElement && e.parentElement.localName.includes('-'); e = e.parentElement) {
                    hosts.push(e.parentElement);
                  }
                  const candidates = [focused];
                  for (const host of hosts) {
                    candidates.push(host);
                    if (host.shadowRoot) candidates.push(...host.shadowRoot.querySelectorAll('*'));
                  }
                  const rings = [];
                  for (const e of candidates) {
                    for (const pseudo of [null, '::before', '::after']) {
                      const s = getComputedStyle(e, pseudo);
                      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) {
                        const c = parse(s.outlineColor);
                        if (c && c.a > 0) rings.push({ e, c, inside: parseFloat(s.outlineOffset) < 0 });
                      }
                      if (s.boxShadow && s.boxShadow !== 'none') {
                        let widest = null;
                        for (const shadow of s.boxShadow.split(/,(?![^(]*\\))/)) {
                          const c = parse(shadow);
                          const words = shadow.replace(/rgba?\\([^)]*\\)/, '').trim().split(/\\s+/);
                          const [x = 0, y = 0, blur = 0, spread = 0] = words.filter(w => w.endsWith('px')).map(parseFloat);
                          if (c && c.a > 0 && x === 0 && y === 0 && blur === 0 && spread >= 1 && (!widest || spread > widest.spread)) {
                            widest = { e, c, spread, inside: words.includes('inset') };
                          }
                        }
                        if (widest) rings.push(widest);
                      }
                    }
                  }
                  if (rings.length === 0) return { element: describe(focused), ring: 'none', background: '', contrast: 1 };
                  const measured = rings.map(r => {
                    const back = behind(r.inside ? r.e : parentOf(r.e));
                    const ring = over(r.c, back);
                    return { ring: css(r.c) + (r.c.a < 1 ? ' at ' + r.c.a : ''), background: css(back), contrast: contrast(ring, back) };
                  });
                  // The weakest ring is what a reader with low vision has to find.
                  const weakest = measured.sort((p, q) => p.contrast - q.contrast)[0];
                  return { element: describe(focused), ...weakest };
                }""");
        return new FocusRing(
                (String) found.get("element"),
                (String) found.get("ring"),
                (String) found.get("background"),
                ((Number) found.get("contrast")).doubleValue());
    }

    /**
     * A desktop and a 360 px screenshot, for people to look at, under target/screenshots, with the
     * phone's checks (nothing scrolls sideways, axe) at 360 px.
     */
    static void screenshots(Page page, String name) {
        screenshots(page, name, BrowserSupport::settle);
    }

    /** The same for a plain page without Vaadin (the permalink), where only loading needs to finish. */
    static void plainScreenshots(Page page, String name) {
        screenshots(page, name, Page::waitForLoadState);
    }

    private static void screenshots(Page page, String name, Consumer<Page> settle) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-desktop.png"))
                .setFullPage(true));
        atPhoneWidth(
                page,
                name,
                settle,
                () -> page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve(name + "-phone.png"))
                        .setFullPage(true)));
    }

    /** At 360 px nothing scrolls sideways and axe finds nothing; no screenshot. */
    static void phoneChecks(Page page, String name) {
        atPhoneWidth(page, name, BrowserSupport::settle, () -> {});
    }

    private static void atPhoneWidth(Page page, String name, Consumer<Page> settle, Runnable look) {
        var size = page.viewportSize();
        page.setViewportSize(PHONE_WIDTH, 740);
        awaitWindowSize(page);
        settle.accept(page);
        look.run();
        assertNoSidewaysScrolling(page, name);
        assertAccessible(page, name + " at " + PHONE_WIDTH + " px");
        page.setViewportSize(size.width, size.height);
        awaitWindowSize(page);
        settle.accept(page);
    }

    /**
     * Vaadin tells the server a window's new size 300 ms after it last changed (a debounce), and the
     * grids that sum their rows up on a phone change then: a check made sooner sees the old layout.
     * The page shows no sign of the debounce running out on a page with no such grid, so this is the
     * one fixed wait left in the journeys; it is paid only where the phone is checked.
     */
    private static void awaitWindowSize(Page page) {
        page.waitForTimeout(400);
    }
}
