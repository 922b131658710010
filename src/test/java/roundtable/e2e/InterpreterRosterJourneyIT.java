package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The language services coordinator (who reads Roundtable in Spanish) adds an interpreter and finds them again. */
class InterpreterRosterJourneyIT extends BrowserTest {

    private Locator card(String name) {
        return page.locator(".interpreter-card:visible").filter(new Locator.FilterOptions().setHasText(name));
    }

    private void choose(String comboId, String option) {
        page.locator("#" + comboId + " input").click();
        page.locator("vaadin-multi-select-combo-box-item, vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(option))
                .first()
                .click();
        BrowserSupport.settle(page);
    }

    @Test
    void coordinatorAddsASpanishAndAslInterpreterAndFiltersTheRoster() {
        signIn("language.services@example.org", PASSWORD);
        visit("/language-services", "language-services-coordinator");
        // Members' preferred languages are named in the coordinator's language, as every other list names them.
        Locator needs = page.locator("#language-needs-grid");
        assertThat(needs).containsText("Inglés: ");
        assertThat(needs).containsText("Español: ");
        assertThat(needs).not().containsText("English");
        page.locator("#interpreters-link").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Lista de intérpretes");
        BrowserSupport.assertAccessible(page, "interpreter roster");

        page.locator("#add-interpreter").click();
        page.locator("#interpreter-name input").fill("Graciela Fuentes");
        choose("interpreter-languages", "Español");
        choose("interpreter-languages", "ASL");
        // Keyboard, as a person would: Tab closes the list and moves on.
        page.keyboard().press("Tab");
        BrowserSupport.settle(page);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Presencial"))
                .check();
        page.locator("#interpreter-email input").fill("graciela@example.org");
        page.locator("#interpreter-phone input").fill("+1 555 0142");
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "add interpreter dialog");
        BrowserSupport.screenshots(page, "interpreter-dialog");
        page.locator("#save-interpreter").click();
        BrowserSupport.settle(page);

        choose("filter-language", "ASL");
        choose("filter-mode", "Presencial");
        assertThat(card("Graciela Fuentes")).containsText("Español, ASL");
        assertThat(card("Graciela Fuentes")).containsText("Presencial");
        BrowserSupport.assertAccessible(page, "interpreter roster filtered");
        BrowserSupport.screenshots(page, "interpreter-roster");

        choose("filter-mode", "Por teléfono");
        assertThat(page.locator("#interpreters-count")).hasText("Ningún intérprete coincide");
        assertThat(card("Graciela Fuentes")).hasCount(0);
    }
}
