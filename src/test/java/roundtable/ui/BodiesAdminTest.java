package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.committees.AccessibleTimeRules;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.committees.ui.RosterView;

/** An administrator's body settings, constituencies and new bodies, through the real forms. */
@IntegrationTest
@WithUserDetails("admin@example.org")
class BodiesAdminTest extends SpringBrowserlessTest {

    @Autowired
    CommitteeService committees;

    @Test
    void accessibleTimeRulesAreSavedFromTheSettingsForm() {
        navigate("admin/bodies", Component.class);
        openSettingsOf("caac");
        test(find(TimePicker.class).withCaption("Earliest start on school days").single())
                .setValue(LocalTime.of(17, 30));
        test(find(TimePicker.class).withCaption("Latest end").single()).setValue(LocalTime.of(21, 0));
        test(find(Button.class).withId("save-body").single()).click();
        var rules = committees.findBySlug("caac").orElseThrow().timeRules();
        assertThat(rules.earliestWeekdayStart()).isEqualTo(LocalTime.of(17, 30));
        assertThat(rules.breaches(LocalDateTime.of(2026, 12, 1, 16, 0), 60))
                .contains(AccessibleTimeRules.Breach.STARTS_TOO_EARLY);
        assertThat(rules.avoidedDays()).doesNotContain(DayOfWeek.MONDAY);
    }

    @Test
    void aQuorumOutOfRangeIsRefusedAtTheField() {
        navigate("admin/bodies", Component.class);
        openSettingsOf("fac");
        IntegerField quorum =
                find(IntegerField.class).withCaption("Quorum (fixed number)").single();
        quorum.setValue(900); // what a tampered client could send past the field's own limit
        long version = committees.findBySlug("fac").orElseThrow().version();
        test(find(Button.class).withId("save-body").single()).click();
        assertThat(quorum.isInvalid()).isTrue();
        assertThat(committees.findBySlug("fac").orElseThrow().version()).isEqualTo(version);
    }

    @SuppressWarnings("unchecked")
    private void openSettingsOf(String slug) {
        var grid = (Grid<BodySummary>) find(Grid.class).withId("bodies-grid").single();
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).slug().equals(slug)) {
                Component actions = tester.getCellComponent(row, "actions");
                Button settings = (Button) actions.getChildren()
                        .filter(Button.class::isInstance)
                        .findFirst()
                        .orElseThrow();
                test(settings).click();
                return;
            }
        }
        throw new AssertionError("No body " + slug);
    }

    @Test
    void adminAddsAConstituencyToARoster() {
        navigate(RosterView.class, "jcaa");
        int before = committees.findBySlug("jcaa").map(b -> 0).orElseThrow();
        test(find(Button.class).withId("add-seat-group").single()).click();
        test(find(TextField.class).withCaption("Constituency").single()).setValue("Retired administrator");
        test(find(IntegerField.class).withCaption("Number of seats").single()).setValue(2);
        test(find(Button.class).withId("save-seat-group").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Retired administrator", "0 of 2 seats filled");
        assertThat(before).isZero();
    }

    @Test
    void adminCreatesABodyWithASuggestedAddress() {
        navigate("admin/bodies", Component.class);
        test(find(Button.class).withId("new-body").single()).click();
        test(find(TextField.class).withCaption("Name").single()).setValue("Student Advisory Council");
        test(find(TextField.class).withCaption("Acronym").single()).setValue("SAdC");
        assertThat(find(TextField.class).withCaption("Web address").single().getValue())
                .isEqualTo("sadc");
        test(find(Button.class).withText("Create the body").single()).click();
        assertThat(committees.findBySlug("sadc"))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("Student Advisory Council"));
    }
}
