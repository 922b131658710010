package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeping rosters, in a real browser: filling seats, ending a term, importing a spreadsheet, the public view. */
class RosterJourneysIT extends BrowserTest {

    private Locator seatCard(String constituency) {
        return page.locator(".card")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(constituency)
                                        .setExact(true))));
    }

    private void fillWithNewPerson(String constituency, String name, String email) {
        seatCard(constituency)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fill a vacancy: " + constituency))
                .click();
        page.getByText("Someone new").click();
        page.locator("#fill-name input").fill(name);
        page.locator("#fill-email input").fill(email);
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "fill-seat dialog for " + constituency);
        page.locator("#fill-save").click();
        BrowserSupport.settle(page);
    }

    @Test
    void adminFillsTwoPartnershipSeatsAndSeesTheVacanciesDrop() {
        signIn("admin@example.org", PASSWORD);
        visit("/manage/roster/partnership-for-fiscal-sustainability", "roster-partnership");
        String before = page.locator("#roster-totals").innerText();
        assertThat(before).contains("20 seats in all · 2 vacant");

        fillWithNewPerson("SAC staff representative", "Rafael Ortega", "rafael.ortega@example.org");
        assertThat(page.locator("#roster-totals")).containsText("1 vacant");
        fillWithNewPerson("SAC parent representative", "Mei Tanaka", "mei.tanaka@example.org");
        assertThat(page.locator("#roster-totals")).containsText("0 vacant");
        assertThat(seatCard("SAC staff representative")).containsText("2 of 2 seats filled");
        assertThat(seatCard("SAC parent representative")).containsText("4 of 4 seats filled");

        page.locator("#fill-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        BrowserSupport.assertAccessible(page, "roster after filling seats");
        BrowserSupport.screenshots(page, "roster-partnership-filled");
    }

    @Test
    void dacChairEndsATerm() {
        signIn("dac.chair@example.org", PASSWORD);
        visit("/my/committees", "my-committees-chair");
        page.locator("#manage-roster-dac").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Roster: District Accountability Committee");
        BrowserSupport.assertAccessible(page, "DAC roster");
        BrowserSupport.screenshots(page, "roster-dac");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit the seat of Marcus Lee"))
                .click();
        page.locator("#end-reason input").fill("Moved to another school district");
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "membership dialog");
        page.locator("#end-term").click();
        BrowserSupport.settle(page);
        // Marcus stays a member through his last day, and the roster says he is leaving.
        assertThat(page.locator("#roster-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Term ended early")))
                .hasCount(1);
    }

    @Test
    void visitorSeesTheDacPageWithPositionsAndNoContactDetails() {
        visit("/committees/dac", "committee-dac");
        assertThat(page.locator("h1")).hasText("District Accountability Committee");
        assertThat(page.getByText("Dana Whitfield — Chair").first()).isVisible();
        assertThat(page.getByText("Name not shown").first()).isVisible();
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("@example.org").doesNotContain("303-555");
        assertThat(page.getByText("DAC monthly meeting").first()).isVisible();
    }

    @Test
    void importPreviewShowsRowErrorsAndSavesOnlyAfterConfirmation() throws Exception {
        Path file = Files.createTempFile("roster", ".csv");
        Files.writeString(file, """
                name,email,language,seat,position
                Beatriz Solís,beatriz.solis@example.org,es,Community member,member
                Nobody Seat,nobody.seat@example.org,en,Janitor,
                Broken Mail,broken-mail,en,Community member,
                """);
        signIn("admin@example.org", PASSWORD);
        visit("/manage/roster/caac", "roster-caac");
        String before = page.locator("#roster-totals").innerText();

        page.locator("#roster-import").click();
        page.locator("#roster-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#import-status"))
                .containsText("1 row ready to import", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("#import-preview")).containsText("No seat called \"Janitor\"");
        assertThat(page.locator("#import-preview")).containsText("Enter an email address like name@example.org");
        BrowserSupport.assertAccessible(page, "import preview");
        BrowserSupport.screenshots(page, "roster-import-preview");
        assertThat(page.locator("#roster-totals")).hasText(before);

        page.locator("#import-confirm").click();
        assertThat(page.locator("#roster-grid"))
                .containsText("Beatriz Solís", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("#roster-totals")).not().hasText(before);
    }
}
