package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.RunAs;
import roundtable.attendance.CheckInFixtures;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;

/**
 * Samuel (DAC secretary) stands at the door of a meeting that starts in half an hour: he finds
 * María Fernanda on the list and checks her in, then adds a walk-in who joins online, and
 * watches the headcount and the quorum line change.
 */
class CheckInJourneyIT extends BrowserTest {

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void theSecretaryChecksInAMemberAndAWalkIn() {
        long meeting = RunAs.as(
                users,
                "dac.secretary@example.org",
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, clock, "DAC special meeting", Duration.ofMinutes(-30), false));

        signIn("dac.secretary@example.org", PASSWORD);
        visit("/meetings/" + meeting, "check-in-meeting-page");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check people in"))
                .click();
        page.waitForURL(url -> url.endsWith("/manage/meetings/" + meeting + "/check-in"));
        BrowserSupport.settle(page);
        assertThat(page.locator("#check-in-presence")).containsText("Present: 0 (0 in person, 0 online)");
        assertThat(page.locator("#check-in-quorum")).containsText("Quorum is not met");
        BrowserSupport.assertAccessible(page, "check-in list");
        BrowserSupport.screenshots(page, "check-in-list");

        page.locator("#check-in-search input").fill("maria ruiz");
        assertThat(page.locator("#check-in-list")).not().containsText("Dana Whitfield");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Here in person: María Fernanda Ruiz"))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#check-in-list")).containsText("Checked in · in person");
        assertThat(page.locator("#check-in-presence")).containsText("Present: 1 (1 in person, 0 online)");
        assertThat(page.locator("#check-in-presence")).containsText("Voting members present: 1 of");
        BrowserSupport.screenshots(page, "check-in-found");

        page.locator("#walk-in-name input").fill("Jordan Walker");
        page.locator("#walk-in-mode")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Online"))
                .check();
        page.locator("#walk-in-add").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#check-in-list")).containsText("Jordan Walker");
        assertThat(page.locator("#check-in-presence")).containsText("Present: 2 (1 in person, 1 online)");
        assertThat(page.locator("#check-in-presence")).containsText("Voting members present: 1 of");
        BrowserSupport.assertAccessible(page, "check-in after a member and a walk-in");
        // Opened afresh, as a second secretary would see it: from the top, with the headcount.
        page.reload();
        BrowserSupport.settle(page);
        assertThat(page.locator("#check-in-presence")).containsText("Present: 2 (1 in person, 1 online)");
        BrowserSupport.screenshots(page, "check-in-done");
    }
}
