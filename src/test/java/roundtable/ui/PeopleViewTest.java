package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.i18n.Language;
import roundtable.base.ui.NotFoundView;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;

@IntegrationTest
class PeopleViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;

    @Autowired
    PersonEditor personEditor;

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return find(Grid.class).withId("people-grid").single();
    }

    private void search(String text) {
        test(find(TextField.class).withId("people-search").single()).setValue(text);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void aMemberIsRefusedThePeoplePageAndSoItsAnonymiseAction() {
        navigate("admin/people", NotFoundView.class);
        assertThat(find(Grid.class).withId("people-grid").exists()).isFalse();
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Anonimizar");
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorAnonymisesSomeoneAfterReadingWhatItMeans() {
        String email = "moving.away." + System.nanoTime() + "@example.org";
        personEditor.registerPerson(PersonData.of("Moving Away", email, Language.ENGLISH));
        navigate("admin/people", Component.class);
        search(email);
        assertThat(test(grid()).size()).isEqualTo(1);

        test(anonymiseButton(0)).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Moving Away", "cannot be undone", "Former member");
        test(confirm).confirm();

        assertThat(people.recipient(email)).isEmpty();
        search("");
        search(email);
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorIsNotOfferedToAnonymiseThemselves() {
        navigate("admin/people", Component.class);
        search("admin@example.org");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(anonymiseButton(0).isVisible()).isFalse();
    }

    private Button anonymiseButton(int row) {
        return test(grid())
                .getCellComponent(row, "actions")
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("Anonymise"))
                .findFirst()
                .orElseThrow();
    }
}
