package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A DAC chair plans a meeting and calls another off, in a real browser; the public sees both. */
class MeetingManagementJourneysIT extends BrowserTest {

    /** The editor for a new DAC meeting, its title and date filled in. */
    private void newMeeting(String screenshot, String title, String date) {
        visit("/manage/meetings/dac/new", screenshot);
        page.locator("#meeting-title input").fill(title);
        page.locator("#meeting-date input").fill(date);
        page.locator("#meeting-date input").press("Enter");
    }

    private void format(String label) {
        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .check();
    }

    private void time(String id, String value) {
        Locator input = page.locator("#" + id + " input");
        input.fill(value);
        input.press("Enter");
    }

    @Test
    void chairSchedulesAHybridMeetingAndThePublicSeesTheRoomAndDialIn() {
        signIn("dac.chair@example.org", PASSWORD);
        visit("/my/committees", "my-committees-chair-meetings");
        page.locator("#manage-meetings-dac").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Meetings of District Accountability Committee");
        BrowserSupport.assertAccessible(page, "meetings of DAC");
        BrowserSupport.screenshots(page, "meetings-admin-dac");

        page.locator("#new-meeting").click();
        BrowserSupport.settle(page);
        page.locator("#meeting-title input").fill("Budget listening session");
        page.locator("#meeting-date input").fill("3/16/2027");
        page.locator("#meeting-date input").press("Enter");
        time("meeting-start", "6:30 PM");
        time("meeting-end", "6:00 PM");
        page.locator("#meeting-location input").fill("Jeffco Education Center, 1829 Denver West Dr, Golden");
        page.locator("#meeting-room input").fill("Board Room");
        page.locator("#meeting-access textarea").fill("Step-free entrance on the north side; bus 28 stops outside.");
        page.locator("#meeting-online-url input").fill("https://meet.example.org/dac-budget");
        page.locator("#meeting-dial-in input").fill("+1 720 555 0100, code 4321");
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "new meeting form");
        BrowserSupport.screenshots(page, "meeting-editor-new");

        page.locator("#schedule-meeting").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#meeting-end")).hasAttribute("invalid", "");
        assertThat(page.locator("#meeting-end")).containsText("The meeting ends before it starts");

        time("meeting-end", "8:00 PM");
        page.locator("#schedule-meeting").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Meetings of District Accountability Committee");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Budget listening session")
                                .setExact(true))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Budget listening session");
        assertThat(page.getByText("Board Room")).isVisible();
        assertThat(page.getByText("+1 720 555 0100, code 4321")).isVisible();
        BrowserSupport.assertAccessible(page, "scheduled meeting page");
        BrowserSupport.screenshots(page, "meeting-page-scheduled");
    }

    /** An in-person meeting has no join link: the empty field is "none", not a bad link. */
    @Test
    void chairSavesAnInPersonMeetingWithoutAJoinLinkAndClearsTheLinkOfAnother() {
        signIn("dac.chair@example.org", PASSWORD);
        newMeeting("meeting-editor-in-person", "Walk-through of Golden High School", "5/11/2027");
        format("In person");
        page.locator("#meeting-location input").fill("Golden High School, 701 24th St, Golden");
        page.locator("#save-draft").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Meetings of District Accountability Committee");
        assertThat(page.getByText("Draft saved").first()).isVisible();

        newMeeting("meeting-editor-in-person-scheduled", "Evening at Arvada West", "5/18/2027");
        page.locator("#meeting-location input").fill("Arvada West High School, 11325 Allendale Dr, Arvada");
        page.locator("#meeting-online-url input").fill("https://meet.example.org/dac-arvada");
        page.locator("#schedule-meeting").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Meetings of District Accountability Committee");

        // Moved to the school only: the link is cleared and the meeting saved in person.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change “Evening at Arvada West”"))
                .click();
        BrowserSupport.settle(page);
        format("In person");
        page.locator("#meeting-online-url input").fill("");
        page.locator("#save-meeting").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Meetings of District Accountability Committee");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Evening at Arvada West")
                                .setExact(true))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Evening at Arvada West");
        assertThat(page.locator("a[href='https://meet.example.org/dac-arvada']"))
                .hasCount(0);
    }

    /** Online, a way in is needed: the chair is told so at the join link, and nothing is saved. */
    @Test
    void anOnlineMeetingWithoutAJoinLinkIsToldSoAtTheField() {
        signIn("dac.chair@example.org", PASSWORD);
        newMeeting("meeting-editor-online", "Online budget questions", "5/25/2027");
        format("Online");
        page.locator("#save-draft").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#meeting-online-url")).hasAttribute("invalid", "");
        assertThat(page.locator("#meeting-online-url")).containsText("Give a join link or a dial-in number");
        assertThat(page.locator("h1")).not().hasText("Meetings of District Accountability Committee");
        BrowserSupport.assertAccessible(page, "online meeting without a join link");
        BrowserSupport.screenshots(page, "meeting-editor-join-required");
    }

    @Test
    void chairCancelsAMeetingAndItsPageSaysWhy() {
        signIn("dac.chair@example.org", PASSWORD);
        newMeeting("meeting-editor-for-cancel", "Meeting that will not happen", "4/20/2027");
        page.locator("#meeting-location input").fill("Golden High School");
        page.locator("#meeting-online-url input").fill("https://meet.example.org/dac-april");
        page.locator("#schedule-meeting").click();
        BrowserSupport.settle(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change “Meeting that will not happen”"))
                .click();
        BrowserSupport.settle(page);
        page.locator("#cancel-meeting").click();
        page.locator("#cancel-reason textarea").fill("Spring break moved; we meet on 27 April instead.");
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "cancel meeting dialog");
        page.locator("#confirm-cancel-meeting").click();
        BrowserSupport.settle(page);
        assertThat(page.getByText("Cancelled: Spring break moved").first()).isVisible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Meeting that will not happen")
                                .setExact(true))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#meeting-cancelled")).containsText("Spring break moved");
        page.setViewportSize(360, 800);
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "cancelled meeting page at phone width");
        BrowserSupport.screenshots(page, "meeting-page-cancelled");
    }
}
