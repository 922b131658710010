package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.RunAs;
import roundtable.attendance.CheckInFixtures;
import roundtable.committees.CommitteeService;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesDrafting;

/**
 * Samuel (DAC secretary) records a meeting: marks who came until the quorum line says it is met,
 * records a motion with a roll call where one member votes no and an action item, and submits.
 * Dana (the chair) approves and publishes, adds the Spanish translation, then corrects the
 * minutes: version 2 is published and the translation says it is out of date.
 */
class MinutesJourneyIT extends BrowserTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    AgendaService agenda;

    @Autowired
    CommitteeService committees;

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesArchive archive;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    void choose(Locator select, String option) {
        select.click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
        BrowserSupport.settle(page);
    }

    void click(String id) {
        page.locator("#" + id).click();
        BrowserSupport.settle(page);
    }

    @Test
    void recordedBySecretaryPublishedByChairThenCorrected() {
        long meeting = RunAs.as(users, "dac.secretary@example.org", () -> {
            long id = CheckInFixtures.dacMeetingThatStarted(
                    committees, planning, clock, "DAC budget meeting", CheckInFixtures.STARTED_AGO, true);
            agenda.addAgendaItem(id, new AgendaItemData("Budget priorities", "CFO", 30, null, false));
            return id;
        });
        int needed = RunAs.as(
                users,
                "dac.secretary@example.org",
                () -> committees
                        .votingComposition(
                                committees.findBySlug("dac").orElseThrow().id())
                        .quorumNeeded());

        signIn("dac.secretary@example.org", PASSWORD);
        page.navigate("http://localhost:" + port + "/meetings/" + meeting);
        BrowserSupport.settle(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the minutes"))
                .click();
        page.waitForURL(url -> url.endsWith("/manage/minutes/" + meeting));
        BrowserSupport.settle(page);
        click("minutes-start");
        assertThat(page.locator("#minutes-quorum")).containsText("no quorum");

        Locator presences = page.locator("vaadin-select.minutes-presence");
        for (int i = 0; i < needed; i++) {
            choose(presences.nth(i), "Present");
        }
        assertThat(page.locator("#minutes-quorum")).containsText("Quorum: " + needed + " of ");
        assertThat(page.locator("#minutes-quorum")).containsText(needed + " needed — quorum met");

        page.locator("#minutes-item-1-notes textarea").fill("The shortfall was presented.");
        click("minutes-item-1-add-motion");
        page.locator("#minutes-item-1-motion-1-text textarea").fill("That DAC ask the Board to protect classrooms.");
        page.locator("#minutes-item-1-motion-1-mover input").fill("Whitfield");
        page.locator("#minutes-item-1-motion-1-seconder input").fill("Lee");
        page.locator("#minutes-item-1-motion-1-kind")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Roll call"))
                .check();
        BrowserSupport.settle(page);
        assertThat(page.locator("#minutes-item-1-motion-1-result")).hasText("No vote recorded");
        Locator voters = page.locator(".minutes-roll-call vaadin-select");
        Assertions.assertThat(voters.count()).isEqualTo(needed);
        for (int i = 0; i < needed; i++) {
            choose(voters.nth(i), i == 0 ? "No" : "Yes");
        }
        assertThat(page.locator("#minutes-item-1-motion-1-result")).hasText("Carried " + (needed - 1) + "–1");
        click("minutes-item-1-add-action");
        page.locator("#minutes-item-1-action-1-text input").fill("Circulate the budget slides in Spanish");
        page.locator("#minutes-item-1-action-1-owner input").fill("Secretary");
        BrowserSupport.assertAccessible(page, "minutes editor");
        BrowserSupport.screenshots(page, "minutes-editor");
        click("minutes-submit");
        assertThat(page.locator("#minutes-status")).hasText("Status: Submitted for approval");

        context.clearCookies();
        signIn("dac.chair@example.org", PASSWORD);
        page.navigate("http://localhost:" + port + "/manage/minutes/" + meeting);
        BrowserSupport.settle(page);
        click("minutes-approve");
        assertThat(page.locator("#minutes-status")).hasText("Status: Approved, not yet published");
        click("minutes-publish");
        assertThat(page.locator("#minutes-published-version")).containsText("Version 1 is published.");
        long minutesId = RunAs.as(
                users,
                "dac.chair@example.org",
                () -> minutes.draftOf(meeting).orElseThrow().minutesId());
        Assertions.assertThat(archive.published(minutesId, null).orElseThrow().html())
                .contains("Carried " + (needed - 1) + "–1", "Circulate the budget slides in Spanish");

        choose(page.locator("#minutes-translation-language"), "Spanish");
        page.locator("#minutes-translation-text textarea").fill("<p>Se presentó el déficit.</p>");
        click("minutes-translation-save");
        assertThat(page.locator("#minutes-translation-es")).hasText("Spanish: translation of version 1");
        BrowserSupport.assertAccessible(page, "minutes published");
        BrowserSupport.screenshots(page, "minutes-published");

        click("minutes-amend");
        page.locator("#minutes-amend-reason textarea").fill("Seconder's name corrected");
        click("minutes-amend-confirm");
        assertThat(page.locator("#minutes-status")).hasText("Status: Draft");
        page.locator("#minutes-item-1-motion-1-seconder input").fill("Marcus Lee");
        click("minutes-submit");
        click("minutes-approve");
        click("minutes-publish");
        assertThat(page.locator("#minutes-published-version")).containsText("Version 2 is published.");
        assertThat(page.locator("#minutes-translation-es")).hasText("Spanish: translation of version 1 — out of date");
        BrowserSupport.assertAccessible(page, "minutes amended");
        BrowserSupport.screenshots(page, "minutes-amended");
    }
}
