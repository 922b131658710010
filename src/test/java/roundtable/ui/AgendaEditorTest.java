package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.committees.CommitteeService;
import roundtable.meetings.AgendaFixtures;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaItemSummary;
import roundtable.meetings.AgendaService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.ui.AgendaEditorView;

/** The DAC secretary keeps the agenda of the next meeting; members only read it. */
@IntegrationTest
class AgendaEditorTest extends SpringBrowserlessTest {

    @Autowired
    AgendaService agenda;

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitteeService committees;

    long meetingId;

    @BeforeEach
    void findTheMeeting() {
        meetingId = AgendaFixtures.publicDacMeeting(committees, meetings);
    }

    private String editor() {
        return "manage/meetings/" + meetingId + "/agenda";
    }

    private List<String> titles() {
        return agenda.agendaOf(meetingId).stream().map(AgendaItemSummary::title).toList();
    }

    private long idOf(String title) {
        return agenda.agendaOf(meetingId).stream()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void secretaryAddsAnItemAndMovesItUpWithTheKeyboardButtons() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        agenda.addAgendaItem(meetingId, new AgendaItemData("Welcome and introductions", null, 5, "", false));
        navigate(editor(), AgendaEditorView.class);

        test(button("add-agenda-item")).click();
        test(find(TextField.class).withId("agenda-item-title").single()).setValue("Budget scenarios");
        test(find(TextField.class).withId("agenda-item-presenter").single()).setValue("Richard Howell");
        test(find(IntegerField.class).withId("agenda-item-minutes").single()).setValue(45);
        test(find(Checkbox.class).withId("agenda-item-public-comment").single()).click();
        test(button("save-agenda-item")).click();
        assertThat(titles()).containsExactly("Welcome and introductions", "Budget scenarios");

        long budget = idOf("Budget scenarios");
        Button up = button("move-up-" + budget);
        assertThat(up.getElement().getAttribute("aria-label")).isEqualTo("Move up 'Budget scenarios'");
        assertThat(button("move-down-" + budget).isEnabled()).isFalse();
        test(up).click();

        assertThat(titles()).containsExactly("Budget scenarios", "Welcome and introductions");
        assertThat(find(Paragraph.class).withId("agenda-announcer").single().getText())
                .isEqualTo("'Budget scenarios' is now item 1 of 2.");
        assertThat(button("move-up-" + budget).isEnabled()).isFalse();
        test(button("move-down-" + budget)).click();
        assertThat(titles()).containsExactly("Welcome and introductions", "Budget scenarios");
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void aMissingTitleIsSaidAtTheFieldAndNothingIsAdded() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        navigate(editor(), AgendaEditorView.class);
        test(button("add-agenda-item")).click();
        test(button("save-agenda-item")).click();
        TextField title = find(TextField.class).withId("agenda-item-title").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("This field is required");
        assertThat(titles()).isEmpty();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void anEditThatLostARaceKeepsTheTextAndSaysWhy() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        long id = agenda.addAgendaItem(meetingId, new AgendaItemData("Enrollment report", null, 20, "", false));
        navigate(editor(), AgendaEditorView.class);
        test(button("edit-" + id)).click();
        test(find(TextField.class).withId("agenda-item-title").single()).setValue("Enrollment report, October");

        AgendaItemSummary current = agenda.agendaOf(meetingId).getFirst();
        agenda.updateAgendaItem(
                id, current.version(), new AgendaItemData("Enrollment report (secretary)", null, 20, "", false));
        test(button("save-agenda-item")).click();

        assertThat(find(Paragraph.class).withId("agenda-item-conflict").single().isVisible())
                .isTrue();
        assertThat(find(TextField.class).withId("agenda-item-title").single().getValue())
                .isEqualTo("Enrollment report, October");
        assertThat(titles()).containsExactly("Enrollment report (secretary)");
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void aMemberCannotOpenTheEditorButReadsTheAgendaOnTheMeetingPage() {
        assertThatThrownBy(() -> navigate(editor(), AgendaEditorView.class)).hasMessageContaining("NotFoundView");
        navigate("meetings/" + meetingId, Component.class);
        assertThat(find(RouterLink.class).withId("edit-agenda").exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Orden del día");
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void theMeetingPageShowsTheNumberedAgendaAndTheEditLinkToItsKeepers() {
        AgendaFixtures.emptyAgenda(agenda, meetingId);
        agenda.addAgendaItem(
                meetingId, new AgendaItemData("Public comment", null, 15, "<p>Two minutes each</p>", true));
        navigate("meetings/" + meetingId, Component.class);
        assertThat(find(RouterLink.class).withId("edit-agenda").exists()).isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Agenda", "Public comment", "15 minutes · Public comment taken");
        assertThat(find(Html.class).all()).anyMatch(h -> h.getInnerHtml().contains("<p>Two minutes each</p>"));
    }
}
