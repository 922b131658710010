package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.Attendee;
import roundtable.attendance.checkin.CheckInService;
import roundtable.attendance.checkin.CheckInSheets;
import roundtable.attendance.checkin.Quorum;
import roundtable.attendance.ui.CheckInView;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.people.PersonService;

/** The DAC secretary at the door with a phone: the check-in list, a walk-in, and the headcount. */
@IntegrationTest
class CheckInViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInSheets sheets;

    @Autowired
    PersonService people;

    @Autowired
    TestClock clock;

    long meetingToCheckIn(String title) {
        return CheckInFixtures.dacMeetingThatStarted(
                committees, planning, clock, title, CheckInFixtures.STARTED_AGO, false);
    }

    String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void theSecretaryChecksInAMemberAndAWalkInAndSeesTheHeadcount() {
        long id = meetingToCheckIn("DAC door list");
        long chair = people.idOf("dac.chair@example.org").orElseThrow();
        navigate("meetings/" + id, Component.class);
        RouterLink link = find(RouterLink.class).withId("check-in-link").single();
        assertThat(link.getText()).isEqualTo("Check people in");
        assertThat(link.getHref()).isEqualTo("manage/meetings/" + id + "/check-in");

        navigate(link.getHref(), CheckInView.class);
        Quorum quorum = sheets.checkInSheet(id).headcount().quorum();
        assertThat(text("check-in-presence"))
                .isEqualTo("Present: 0 (0 in person, 0 online) · Voting members present: 0 of "
                        + quorum.votingSeatsFilled() + " · " + quorum.needed() + " needed for quorum");
        assertThat(text("check-in-quorum")).isEqualTo(t("checkin.quorum.not-met", quorum.needed()));
        assertThat(text("check-in-" + "person-" + chair))
                .contains("Dana Whitfield")
                .contains("Voting member")
                .contains("No RSVP")
                .contains("Not yet");

        test(find(TextField.class).withId("check-in-search").single()).setValue("whitfield");
        assertThat(find(ListItem.class).withId("check-in-person-" + chair).exists())
                .isTrue();
        assertThat(text("check-in-list")).doesNotContain("María Fernanda Ruiz");
        Button here = button("here-person-" + chair);
        assertThat(here.getElement().getAttribute("aria-label")).isEqualTo("Here in person: Dana Whitfield");
        test(here).click();

        assertThat(text("check-in-person-" + chair)).contains("Checked in · in person");
        assertThat(find(Button.class).withId("here-person-" + chair).exists())
                .as("already here in person")
                .isFalse();
        assertThat(button("undo-person-" + chair).getText()).isEqualTo("Undo");
        assertThat(text("check-in-presence"))
                .startsWith("Present: 1 (1 in person, 0 online) · Voting members present: 1 of");
        assertThat(find(Paragraph.class).withId("check-in-announcer").single().getText())
                .isEqualTo("Dana Whitfield: checked in, in person.");

        test(button("walk-in-add")).click();
        TextField name = find(TextField.class).withId("walk-in-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the person's name (200 characters at most)");

        test(find(TextField.class).withId("check-in-search").single()).setValue("Jordan Walker");
        assertThat(text("check-in-no-match")).contains("Nobody on the list matches \"Jordan Walker\".");
        test(button("check-in-start-walk-in")).click();
        assertThat(name.getValue()).as("the search becomes the walk-in's name").isEqualTo("Jordan Walker");
        test(button("walk-in-add")).click();

        assertThat(text("check-in-list")).contains("Jordan Walker").contains("Walk-in");
        assertThat(name.getValue()).isEmpty();
        assertThat(text("check-in-presence"))
                .startsWith("Present: 2 (2 in person, 0 online) · Voting members present: 1 of");

        test(button("undo-person-" + chair)).click();
        assertThat(text("check-in-person-" + chair)).contains("Not yet");
        assertThat(text("check-in-presence"))
                .startsWith("Present: 1 (1 in person, 0 online) · Voting members present: 0 of");
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void aCheckInAnotherSecretaryChangedMeanwhileIsShownAsItStands() {
        long id = meetingToCheckIn("DAC door list, two secretaries");
        long member = people.idOf("dac.member@example.org").orElseThrow();
        navigate("manage/meetings/" + id + "/check-in", CheckInView.class);

        // The chair, at the other door, checks her in online first.
        checkIns.checkIn(id, Attendee.person(member), AttendanceMode.ONLINE);
        test(button("here-person-" + member)).click();

        assertThat(text("check-in-person-" + member))
                .as("the first check-in stands")
                .contains("Checked in · online");
        assertThat(find(Paragraph.class).withId("check-in-announcer").single().getText())
                .isEqualTo("María Fernanda Ruiz was already checked in by someone else. The list shows how.");
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void aMemberHasNoCheckInPageNorLink() {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        long id = meetings.upcomingOf(dac, 1).getFirst().id();
        assertThatThrownBy(() -> navigate("manage/meetings/" + id + "/check-in", CheckInView.class))
                .hasMessageContaining("NotFoundView");
        navigate("meetings/" + id, Component.class);
        assertThat(find(RouterLink.class).withId("check-in-link").exists()).isFalse();
    }
}
