package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/** A DAC chair plans a meeting and calls another off, in a real browser; the public sees both. */
class MeetingManagementJourneysIT extends BrowserTest {

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
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Budget listening session").setExact(true)).click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Budget listening session");
        assertThat(page.getByText("Board Room")).isVisible();
        assertThat(page.getByText("+1 720 555 0100, code 4321")).isVisible();
        BrowserSupport.assertAccessible(page, "scheduled meeting page");
        BrowserSupport.screenshots(page, "meeting-page-scheduled");
    }

    @Test
    void chairCancelsAMeetingAndItsPageSaysWhy() {
        signIn("dac.chair@example.org", PASSWORD);
        visit("/manage/meetings/dac/new", "meeting-editor-for-cancel");
        page.locator("#meeting-title input").fill("Meeting that will not happen");
        page.locator("#meeting-date input").fill("4/20/2027");
        page.locator("#meeting-date input").press("Enter");
        page.locator("#meeting-location input").fill("Golden High School");
        page.locator("#meeting-online-url input").fill("https://meet.example.org/dac-april");
        page.locator("#schedule-meeting").click();
        BrowserSupport.settle(page);

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Change “Meeting that will not happen”")).click();
        BrowserSupport.settle(page);
        page.locator("#cancel-meeting").click();
        page.locator("#cancel-reason textarea").fill("Spring break moved; we meet on 27 April instead.");
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "cancel meeting dialog");
        page.locator("#confirm-cancel-meeting").click();
        BrowserSupport.settle(page);
        assertThat(page.getByText("Cancelled: Spring break moved").first()).isVisible();

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Meeting that will not happen").setExact(true)).click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#meeting-cancelled")).containsText("Spring break moved");
        page.setViewportSize(360, 800);
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "cancelled meeting page at phone width");
        BrowserSupport.screenshots(page, "meeting-page-cancelled");
    }
}
