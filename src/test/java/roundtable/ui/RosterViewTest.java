package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.committees.ui.RosterView;

/** Who may keep which roster, and what keeping it looks like. */
@IntegrationTest
class RosterViewTest extends SpringBrowserlessTest {

    private String totals() {
        return find(Paragraph.class).withId("roster-totals").single().getText();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void dacChairCannotOpenFacsRoster() {
        assertThatThrownBy(() -> navigate(RosterView.class, "fac")).hasMessageContaining("NotFoundView");
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void aMemberCannotOpenTheirOwnCommitteesRoster() {
        assertThatThrownBy(() -> navigate(RosterView.class, "dac")).hasMessageContaining("NotFoundView");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void chairSeesTheirRosterWithVacanciesAndNoFillButtonForFullGroups() {
        navigate(RosterView.class, "dac");
        assertThat(totals()).contains("15 seats in all");
        assertThat(find(Button.class).withText("Fill a vacancy").all()).isNotEmpty();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void newPersonWithATakenAddressIsToldAtTheEmailField() {
        navigate(RosterView.class, "jcea");
        test(find(Button.class).withText("Fill a vacancy").first()).click();
        var who = find(RadioButtonGroup.class).single();
        test(who).selectItem("Someone new");
        test(find(TextField.class).withId("fill-name").single()).setValue("Dana Twin");
        test(find(EmailField.class).withId("fill-email").single()).setValue("dac.chair@example.org");
        test(find(Button.class).withId("fill-save").single()).click();
        EmailField email = find(EmailField.class).withId("fill-email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("already in Roundtable");
    }

    @Test
    @WithUserDetails("admin@example.org")
    void adminFillsAVacancyWithSomeoneKnownAndTheCountRises() {
        navigate(RosterView.class, "jespa");
        assertThat(totals()).contains("5 seats in all · 3 vacant");
        test(find(Button.class).withText("Fill a vacancy").first()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> person = find(ComboBox.class).withId("fill-person").single();
        test(person).setFilter("Patrick");
        test(person).selectItem("Patrick Dunn — p…n@example.org");
        test(find(Button.class).withId("fill-save").single()).click();
        assertThat(totals()).contains("5 seats in all · 2 vacant");
    }

    @Test
    @WithUserDetails("admin@example.org")
    void adminOpensEveryRoster() {
        Component view = navigate(RosterView.class, "fac");
        assertThat(view).isInstanceOf(RosterView.class);
    }
}
