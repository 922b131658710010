package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import roundtable.Mailbox;
import roundtable.notifications.OutboxTestSupport;

/**
 * The journeys a person takes, in a real browser against the app started once on a free
 * port: reading the public pages, signing in as each demo account, switching language,
 * signing in by emailed link. Every page visited gets an axe check and two screenshots.
 */
/**
 * The journeys of the foundation: reading the public pages, signing in as each demo
 * account, switching language, signing in by emailed link.
 */
class BrowserJourneysIT extends BrowserTest {

    @Test
    void visitorReadsThePublicPagesWithoutSigningIn() {
        visit("/", "home");
        assertThat(page.locator("h1")).hasText("Roundtable for Jeffco Public Schools");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(menu()).containsExactly("Home", "Committees", "Meetings", "Minutes");
        screenshots("home");

        visit("/committees", "committees");
        assertThat(page.getByText("Partnership for Fiscal Sustainability").first())
                .isVisible();
        screenshots("committees");

        visit("/committees/partnership-for-fiscal-sustainability", "committee-partnership");
        assertThat(page.getByText("SAC parent representative").first()).isVisible();
        assertThat(page.getByText("3 of 4 seats filled").first()).isVisible();
        screenshots("committee-partnership");

        visit("/meetings", "meetings");
        screenshots("meetings");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DAC monthly meeting"))
                .first()
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("DAC monthly meeting");
        BrowserSupport.assertAccessible(page, "meeting");
        BrowserSupport.screenshots(page, "meeting");

        visit("/minutes", "minutes");
        screenshots("minutes");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Partnership working session: Blueprint principles"))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).containsText("Minutes: Partnership working session");
        BrowserSupport.assertAccessible(page, "minutes-record");
        BrowserSupport.screenshots(page, "minutes-record");
    }

    @Test
    void unknownAddressShowsATranslatedNotFoundPage() {
        visit("/no-such-page", "not-found");
        assertThat(page.locator("h1")).hasText("Page not found");
        page.locator("#language-switch").click();
        page.waitForLoadState();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Página no encontrada");
    }

    @Test
    void privatePagesSendVisitorsToSignIn() {
        page.navigate("http://localhost:" + port + "/admin/people");
        BrowserSupport.settle(page);
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void languageSwitchTurnsEveryWordIntoSpanishAndBackAndIsRemembered() {
        visit("/", "home-en");
        page.locator("#language-switch").click();
        page.waitForLoadState();
        BrowserSupport.settle(page);
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Roundtable de Jeffco Public Schools");
        assertThat(menu()).containsExactly("Inicio", "Comités", "Reuniones", "Actas");
        assertThat(page.locator("#language-switch")).hasText("English");
        BrowserSupport.assertAccessible(page, "home in Spanish");
        BrowserSupport.screenshots(page, "home-es");

        // A later visit with no session at all, carrying only the language cookie, is still in Spanish.
        var languageCookie =
                context.cookies().stream().filter(c -> c.name.equals("rt-lang")).toList();
        assertThat(languageCookie).hasSize(1);
        try (BrowserContext later = watched(browser.newContext())) {
            later.addCookies(languageCookie);
            Page again = later.newPage();
            again.navigate("http://localhost:" + port + "/meetings");
            BrowserSupport.settle(again);
            assertThat(again.locator("h1")).hasText("Reuniones");
        }

        page.locator("#language-switch").click();
        page.waitForLoadState();
        BrowserSupport.settle(page);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Roundtable for Jeffco Public Schools");
    }

    /** A flyer links to a page in its reader's language: the address wins over the browser and an earlier visit. */
    @Test
    void aFlyersSpanishLinkOpensThePageInSpanishOnAnEnglishBrowserAndKeepsTheVisitInSpanish() {
        visit("/meetings", "meetings-before-flyer");
        assertThat(page.locator("h1")).hasText("Meetings");

        visit("/meetings?lang=es", "meetings-flyer-es");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.locator("h1")).hasText("Reuniones");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comités"))
                .first()
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Comités y grupos");
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "admin@example.org; Home|Committees|Meetings|Minutes|My committees|My profile|Language services|Bodies|People|Email outbox|Audit trail",
                "dac.chair@example.org; Home|Committees|Meetings|Minutes|My committees|My profile",
                "dac.secretary@example.org; Home|Committees|Meetings|Minutes|My committees|My profile",
                "dac.member@example.org; Inicio|Comités|Reuniones|Actas|Mis comités|Mi perfil",
                "language.services@example.org; Inicio|Comités|Reuniones|Actas|Mis comités|Mi perfil|Servicios lingüísticos"
            })
    void eachDemoAccountSignsInAndSeesItsOwnNavigation(String email, String expectedMenu) {
        visit("/login", "login");
        signIn(email, PASSWORD);
        assertThat(menu()).containsExactly(expectedMenu.split("\\|"));
        String who = email.substring(0, email.indexOf('@')).replace('.', '-');
        BrowserSupport.assertAccessible(page, "home as " + email);
        BrowserSupport.screenshots(page, "home-as-" + who);

        String firstPrivate = menu().get(4);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText(firstPrivate))
                .click();
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, firstPrivate + " as " + email);
        BrowserSupport.screenshots(page, "my-committees-as-" + who);

        page.locator("#sign-out").click();
        page.waitForLoadState();
        BrowserSupport.settle(page);
        assertThat(page.locator("#sign-in")).isVisible();
    }

    @Test
    void administratorOpensEveryAdministrationPage() {
        signIn("admin@example.org", PASSWORD);
        visit("/admin/people", "people");
        assertThat(page.locator("vaadin-grid")).isVisible();
        screenshots("people");
        visit("/admin/outbox", "outbox");
        readAFailedEmailInTheOutbox();
        visit("/language-services", "language-services");
        visit("/admin/bodies", "bodies");
        visit("/admin/audit", "audit");
        visit("/my/profile", "profile");
        assertThat(page.getByLabel("Accessibility needs", new Page.GetByLabelOptions().setExact(false))
                        .first())
                .isVisible();
    }

    @Autowired
    ApplicationContext app;

    /** Filtered to the failed ones, the outbox opens a message to read what it says and why it failed. */
    private void readAFailedEmailInTheOutbox() {
        String subject = "Your RSVP is confirmed " + System.nanoTime();
        OutboxTestSupport.dead(
                app,
                "left.the.district@example.org",
                subject,
                "See you on Tuesday.",
                "Invalid Addresses: 550 5.1.1 mailbox unavailable");
        page.reload();
        BrowserSupport.settle(page);
        page.locator("#outbox-state").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Failed").setExact(true))
                .click();
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "outbox filtered");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Email: " + subject);
        assertThat(page.locator("#outbox-message-facts")).containsText("550 5.1.1 mailbox unavailable");
        assertThat(page.locator("#outbox-message-text")).hasText("See you on Tuesday.");
        assertThat(page.locator("#outbox-send-again")).isVisible();
        BrowserSupport.assertAccessible(page, "outbox message");
        BrowserSupport.screenshots(page, "outbox-message");
    }

    @Test
    void wrongPasswordSaysSoAndSignsNobodyIn() {
        page.navigate("http://localhost:" + port + "/login");
        BrowserSupport.settle(page);
        page.getByLabel("Email address").fill("dac.chair@example.org");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(url -> url.contains("error"));
        BrowserSupport.settle(page);
        assertThat(page.getByText("Email or password not recognised")).isVisible();
        BrowserSupport.assertAccessible(page, "login error");
        BrowserSupport.screenshots(page, "login-error");
    }

    @Test
    void memberWithoutAPasswordSignsInByEmailedLink() {
        visit("/login/link", "sign-in-link-request");
        page.getByLabel("Email address").fill("priya.raman@example.org");
        page.locator("#send-link").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#link-status")).containsText("a sign-in link is on its way");

        var messages = Mailbox.to(mail, "priya.raman@example.org", "Your sign-in link", 1, Duration.ofSeconds(15));
        assertThat(messages).isNotEmpty();
        URI link = URI.create(Mailbox.signInLink(messages.getLast()));

        page.navigate("http://localhost:" + port + link.getRawPath() + "?" + link.getRawQuery());
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "sign-in link confirmation");
        BrowserSupport.screenshots(page, "sign-in-link-confirm");
        page.locator("#confirm-link").click();
        page.waitForURL(url -> !url.contains("/signin/link"));
        BrowserSupport.settle(page);
        assertThat(page.locator(".user-name")).hasText("Priya Raman");

        // The same link a second time: refused, with a way to get a new one.
        page.locator("#sign-out").click();
        assertThat(page.locator("#sign-in")).isVisible();
        BrowserSupport.settle(page);
        page.navigate("http://localhost:" + port + link.getRawPath() + "?" + link.getRawQuery());
        BrowserSupport.settle(page);
        page.locator("#confirm-link").click();
        page.waitForURL(url -> url.contains("invalid"));
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("This sign-in link no longer works");
    }
}
