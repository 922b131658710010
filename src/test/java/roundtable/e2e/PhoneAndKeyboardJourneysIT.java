package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesArchive;
import roundtable.notifications.NotificationService;

/**
 * Roundtable on a phone and from a keyboard: nothing runs off a 360 px screen, staff lists keep
 * their names and actions in view, lists grow with the page, the first Tab stop skips to the
 * content, and every focus ring can be seen.
 */
class PhoneAndKeyboardJourneysIT extends BrowserTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    UserDetailsService users;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MinutesArchive minutes;

    /** Other journeys read "the last message to" a demo account; leave them none of ours. */
    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(30));
        mail.purgeEmailFromAllMailboxes();
    }

    private long scheduleDacMeeting(String title, LocalDate day) {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        return RunAs.as(
                users,
                "dac.chair@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        title,
                        day.atTime(17, 30),
                        DENVER,
                        90,
                        MeetingFormat.IN_PERSON,
                        "Education Center, 1829 Denver West Dr",
                        null,
                        true,
                        List.of("es"),
                        null)));
    }

    /** A fresh browser of the given width, as a phone would be. */
    private void phone(int width) {
        context.close();
        context = watched(browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, 780).setLocale("en-US")));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private void open(String path) {
        page.navigate("http://localhost:" + port + path);
        BrowserSupport.settle(page);
    }

    @Test
    void aSpanishMemberOnAPhoneReadsTheWholeAskForHelpButtonWithoutScrollingSideways() {
        String title = "Sesión de escucha por teléfono " + System.nanoTime();
        long meeting = scheduleDacMeeting(title, LocalDate.now(DENVER).plusDays(310));
        // She said she is coming and asked for nothing yet: the page offers help behind one button.
        RunAs.as(
                users,
                "dac.member@example.org",
                () -> attendance.rsvp(meeting, Response.IN_PERSON, AccessNeeds.none()));

        phone(BrowserSupport.PHONE_WIDTH);
        signIn("dac.member@example.org", PASSWORD);
        open("/meetings/" + meeting);
        Locator ask = page.locator("#rsvp-ask-help");
        assertThat(ask).hasText("Pedir intérprete, cuidado de niños u otra ayuda (opcional)");
        ask.scrollIntoViewIfNeeded();
        var box = ask.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("the button's right edge").isLessThanOrEqualTo(BrowserSupport.PHONE_WIDTH);
        assertThat((Boolean) ask.evaluate("b => { const label = b.shadowRoot.querySelector('[part=label]');"
                        + " return label.scrollWidth <= label.clientWidth; }"))
                .as("the label is shown whole")
                .isTrue();
        BrowserSupport.assertNoSidewaysScrolling(page, "meeting page in Spanish with the help button");
        BrowserSupport.assertAccessible(page, "meeting page in Spanish on a phone");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("meeting-ask-help-es-phone.png")));
    }

    @Test
    void aChairOnAPhoneSeesEachMembersWholeNameAndTheirEditButton() {
        phone(390);
        signIn("dac.chair@example.org", PASSWORD);
        open("/manage/roster/dac");
        Locator edits = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit the seat of ")));
        assertThat(edits.first()).isVisible();
        List<String> problems = new ArrayList<>();
        // Nothing is scrolled into view: sideways, a phone's reader would not know there was more to see.
        for (Locator edit : edits.all()) {
            String name = edit.getAttribute("aria-label").replaceFirst("^Edit the seat of ", "");
            var box = edit.boundingBox();
            if (box == null || box.x < 0 || box.x + box.width > 390) {
                problems.add("Edit for " + name + " is off the screen: "
                        + (box == null ? "hidden" : box.x + "+" + box.width));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) page.evaluate("""
                    name => {
                      const cells = [...document.querySelectorAll('#roster-grid vaadin-grid-cell-content, #roster-grid *')]
                        .filter(e => e.checkVisibility() && e.childElementCount === 0 && e.textContent.trim() === name);
                      if (cells.length === 0) return { found: false };
                      const e = cells[0];
                      const r = e.getBoundingClientRect();
                      return { found: true, whole: e.scrollWidth <= e.clientWidth + 1 && r.left >= 0 && r.right <= innerWidth,
                               width: e.clientWidth, needs: e.scrollWidth, right: r.right };
                    }""", name);
            if (!Boolean.TRUE.equals(shown.get("found")) || !Boolean.TRUE.equals(shown.get("whole"))) {
                problems.add(name + " is not shown whole: " + shown);
            }
        }
        assertThat(problems).as("the roster at 390 px").isEmpty();
        BrowserSupport.assertNoSidewaysScrolling(page, "DAC roster at 390 px");
        BrowserSupport.assertAccessible(page, "DAC roster at 390 px");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("roster-dac-390.png")));
    }

    @Test
    void theMeetingListGrowsWithThePageAndShowsANewlyScheduledMeeting() {
        String title = "Listening session far ahead " + System.nanoTime();
        scheduleDacMeeting(title, LocalDate.now(DENVER).plusDays(330));

        phone(BrowserSupport.PHONE_WIDTH);
        open("/meetings");
        assertThat(innerScrollers(".meetings-page"))
                .as("lists scroll with the page, not inside it")
                .isEmpty();

        Locator link = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true));
        Locator more = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show more meetings"));
        Locator cards = page.locator("#meetings-list li");
        for (int pages = 0; link.count() == 0 && pages < 50; pages++) {
            int before = cards.count();
            more.click();
            BrowserSupport.settle(page);
            assertThat(cards.count()).as("a page more").isGreaterThan(before);
            // The reader carries on where the new page begins.
            assertThat(cards.nth(before)).isFocused();
        }
        link.scrollIntoViewIfNeeded();
        assertThat(link).isInViewport();
        assertThat(innerScrollers(".meetings-page")).isEmpty();
        BrowserSupport.assertNoSidewaysScrolling(page, "meetings list");
        BrowserSupport.assertAccessible(page, "meetings list after showing more");
    }

    /** Elements that scroll inside the page (light or shadow DOM) under the given one. */
    @SuppressWarnings("unchecked")
    private List<String> innerScrollers(String selector) {
        return (List<String>) page.evaluate("""
                selector => {
                  const found = [];
                  const walk = root => root.querySelectorAll('*').forEach(e => {
                    const style = getComputedStyle(e);
                    if (/(auto|scroll)/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1) {
                      found.push((e.id ? '#' + e.id : e.localName) + ' scrolls ' + e.scrollHeight + ' px in ' + e.clientHeight);
                    }
                    if (e.shadowRoot) walk(e.shadowRoot);
                  });
                  walk(document.querySelector(selector));
                  return found;
                }""", selector);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "visitor; /meetings; Skip to content",
                "visitor; /committees/dac; Skip to content",
                "dac.member@example.org; /my/committees; Saltar al contenido",
                "admin@example.org; /admin/people; Skip to content",
                "visitor; permalink; Skip to content"
            })
    void theSkipLinkIsTheFirstTabStopAndLeadsToTheMainContent(String who, String path, String words) {
        if (!who.equals("visitor")) {
            signIn(who, PASSWORD);
        }
        if (path.equals("permalink")) {
            page.navigate("http://localhost:" + port + "/public/minutes/"
                    + minutes.allCurrent().getFirst().minutesId());
            page.waitForLoadState();
        } else {
            open(path);
        }
        String address = page.url();

        page.keyboard().press("Tab");
        Locator skip = page.locator(".skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).hasText(words);
        assertThat(skip).isInViewport();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("skip-link-" + path.replaceAll("[^a-z]+", "-") + ".png")));

        page.keyboard().press("Enter");
        Locator main = page.locator("main");
        assertThat(main).hasCount(1);
        assertThat(main).isFocused();
        if (!path.equals("permalink")) {
            // The permalink's title is above its language links; its main is the minutes themselves.
            assertThat(main.locator("h1")).isVisible();
        }
        assertThat(page.url()).as("the page stays").startsWith(address);
        page.keyboard().press("Tab");
        // In the content, or after it where the content has nothing to tab to (the minutes' text).
        assertThat(
                        (Boolean)
                                page.evaluate(
                                        "() => { const main = document.querySelector('main');"
                                                + " const at = main.compareDocumentPosition(document.activeElement);"
                                                + " return main.contains(document.activeElement) || (at & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }"))
                .as("the next Tab stop carries on from the content")
                .isTrue();
    }

    @Test
    void everyFocusRingStandsOutAtLeastThreeToOneFromWhatIsBehindIt() {
        List<String> faint = new ArrayList<>();
        faint.addAll(tabThrough("/", 18));
        faint.addAll(tabThrough("/login", 8));
        // Fields said to be wrong (signing in with both empty) keep a ring that can be seen, going back to them.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("vaadin-text-field[invalid], vaadin-password-field[invalid]")
                        .first())
                .isVisible();
        faint.addAll(tabStops("/login with empty fields", 4, "Shift+Tab"));
        signIn("admin@example.org", PASSWORD);
        faint.addAll(tabThrough("/manage/roster/dac", 30));
        page.locator("[id^=fill-]").first().click();
        BrowserSupport.settle(page);
        faint.addAll(tabStops("fill-seat dialog", 6));
        assertThat(faint).as("focus rings under 3:1").isEmpty();
    }

    private List<String> tabThrough(String path, int stops) {
        open(path);
        return tabStops(path, stops);
    }

    private List<String> tabStops(String where, int stops) {
        return tabStops(where, stops, "Tab");
    }

    private List<String> tabStops(String where, int stops, String key) {
        List<String> faint = new ArrayList<>();
        for (int i = 0; i < stops; i++) {
            page.keyboard().press(key);
            // A ring that fades in is measured once it has arrived.
            BrowserSupport.awaitAnimations(page);
            BrowserSupport.FocusRing ring = BrowserSupport.focusRing(page);
            // Past the last stop the focus leaves the page for the browser's own controls.
            if (ring.element() != null && ring.contrast() < 3) {
                faint.add(where + ": " + ring);
            }
        }
        return faint;
    }
}
