package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.people.PersonService;

/** An administrator adds people and corrects their details; a taken address is refused at the field. */
@IntegrationTest
@WithUserDetails("admin@example.org")
class PeopleEditingTest extends SpringBrowserlessTest {

    @Autowired
    PersonService people;

    @Test
    void adminAddsAPersonWhoCanThenBeFound() {
        navigate("admin/people", Component.class);
        test(find(Button.class).withId("add-person").single()).click();
        test(find(TextField.class).withId("person-name").single()).setValue("Amara Okonkwo");
        test(find(EmailField.class).withId("person-email").single()).setValue("Amara.Okonkwo@Example.org");
        test(find(Button.class).withId("save-person").single()).click();
        assertThat(people.recipient("amara.okonkwo@example.org"))
                .hasValueSatisfying(r -> assertThat(r.fullName()).isEqualTo("Amara Okonkwo"));
    }

    @Test
    void anAddressAnotherPersonHasIsRefusedAtTheEmailFieldAndNothingIsSaved() {
        long before = people.countAll();
        navigate("admin/people", Component.class);
        test(find(Button.class).withId("add-person").single()).click();
        test(find(TextField.class).withId("person-name").single()).setValue("Second Dana");
        test(find(EmailField.class).withId("person-email").single()).setValue("dac.chair@example.org");
        test(find(Button.class).withId("save-person").single()).click();
        EmailField email = find(EmailField.class).withId("person-email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Another person already has this email address");
        assertThat(people.countAll()).isEqualTo(before);
    }
}
