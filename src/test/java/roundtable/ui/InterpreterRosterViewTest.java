package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.ui.PagedList;
import roundtable.languageservices.InterpreterData;
import roundtable.languageservices.InterpreterKind;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.InterpreterSummary;
import roundtable.languageservices.RosterFilter;
import roundtable.languageservices.WorkingMode;

/** The coordinator (who reads Roundtable in Spanish) keeps the interpreter roster from its page. */
@IntegrationTest
@WithUserDetails("language.services@example.org")
class InterpreterRosterViewTest extends SpringBrowserlessTest {

    @Autowired
    InterpreterRoster roster;

    @Test
    void theLanguageServicesPageLeadsToTheRoster() {
        navigate("language-services", Component.class);
        Anchor link = find(Anchor.class).withId("interpreters-link").single();
        assertThat(link.getText()).isEqualTo("Intérpretes");
        navigate(link.getHref(), Component.class);
        assertThat(find(Button.class).withId("add-interpreter").single().getText())
                .isEqualTo("Añadir intérprete");
    }

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorAddsAnInterpreterForSpanishAndAslInPersonAndFindsThemByFilter() {
        navigate("language-services/interpreters", Component.class);
        test(find(Button.class).withId("add-interpreter").single()).click();
        test(find(TextField.class).withId("interpreter-name").single()).setValue("Graciela Fuentes");
        find(MultiSelectComboBox.class).withId("interpreter-languages").single().setValue(Set.of("es", "ase"));
        find(CheckboxGroup.class).withId("interpreter-modes").single().setValue(Set.of(WorkingMode.IN_PERSON));
        test(find(TextField.class).withId("interpreter-phone").single()).setValue("+1 555 0142");
        test(find(Button.class).withId("save-interpreter").single()).click();

        assertThat(roster.roster(new RosterFilter("ase", WorkingMode.IN_PERSON, false), 0, 500))
                .extracting(InterpreterSummary::name)
                .contains("Graciela Fuentes");
        find(ComboBox.class).withId("filter-language").single().setValue("ase");
        find(ComboBox.class).withId("filter-mode").single().setValue(WorkingMode.IN_PERSON);
        assertThat(card("Graciela Fuentes"))
                .hasValueSatisfying(card -> assertThat(card.getElement().getTextRecursively())
                        .contains("Español, ASL")
                        .contains("Presencial")
                        .contains("+1 555 0142")
                        .contains("Personal del distrito"));
        find(ComboBox.class).withId("filter-mode").single().setValue(WorkingMode.PHONE);
        assertThat(card("Graciela Fuentes")).isEmpty();
        assertThat(find(Paragraph.class).withId("interpreters-count").single().getText())
                .doesNotContain("{");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFormWithoutALanguageIsRefusedAtThatFieldInSpanishAndNothingIsSaved() {
        long before = roster.count(new RosterFilter(null, null, true));
        navigate("language-services/interpreters", Component.class);
        test(find(Button.class).withId("add-interpreter").single()).click();
        test(find(TextField.class).withId("interpreter-name").single()).setValue("Sin Idioma");
        find(CheckboxGroup.class).withId("interpreter-modes").single().setValue(Set.of(WorkingMode.PHONE));
        test(find(Button.class).withId("save-interpreter").single()).click();

        MultiSelectComboBox<String> languages =
                find(MultiSelectComboBox.class).withId("interpreter-languages").single();
        assertThat(languages.isInvalid()).isTrue();
        assertThat(languages.getErrorMessage()).isEqualTo("Elija al menos un idioma");
        assertThat(roster.count(new RosterFilter(null, null, true))).isEqualTo(before);
    }

    @Test
    void coordinatorCorrectsAnInterpretersPhoneAndAConcurrentEditIsExplained() {
        long id = roster.addInterpreter(new InterpreterData(
                "Omar Editado",
                Set.of("ar"),
                Set.of(WorkingMode.PHONE),
                null,
                "555 0100",
                InterpreterKind.VENDOR,
                "Lingua Partners",
                null));
        navigate("language-services/interpreters", Component.class);
        openEditorOf("Omar Editado", id);
        test(find(TextField.class).withId("interpreter-phone").single()).setValue("555 0199");
        test(find(Button.class).withId("save-interpreter").single()).click();
        assertThat(roster.interpreter(id).phone()).isEqualTo("555 0199");

        openEditorOf("Omar Editado", id);
        InterpreterSummary now = roster.interpreter(id);
        roster.updateInterpreter(
                id,
                now.version(),
                new InterpreterData(
                        "Omar Otro",
                        Set.of("ar"),
                        Set.of(WorkingMode.PHONE),
                        null,
                        null,
                        InterpreterKind.STAFF,
                        null,
                        null));
        test(find(TextField.class).withId("interpreter-phone").single()).setValue("555 0000");
        test(find(Button.class).withId("save-interpreter").single()).click();
        Paragraph notice =
                find(Paragraph.class).withId("interpreter-concurrent").single();
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Otra persona cambió este intérprete");
        assertThat(roster.interpreter(id).name()).isEqualTo("Omar Otro");
        assertThat(roster.interpreter(id).phone()).isNull();
    }

    private void openEditorOf(String name, long id) {
        Component card = card(name).orElseThrow(() -> new AssertionError("No card for " + name));
        Button edit = descendants(card)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals("edit-interpreter-" + id))
                .findFirst()
                .orElseThrow();
        test(edit).click();
    }

    private Optional<Component> card(String name) {
        return PagedListCards.of(
                        find(PagedList.class).withId("interpreters-list").single())
                .stream()
                .filter(card -> card.getChildren()
                        .filter(H3.class::isInstance)
                        .anyMatch(heading -> ((H3) heading).getText().equals(name)))
                .findFirst();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(InterpreterRosterViewTest::descendants));
    }
}
