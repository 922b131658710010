package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import roundtable.IntegrationTest;
import roundtable.base.ui.SignInLinkRequestView;

@IntegrationTest
@WithAnonymousUser
class SignInLinkRequestViewTest extends SpringBrowserlessTest {

    @Test
    void anEmptyAddressIsRefusedNextToTheField() {
        navigate(SignInLinkRequestView.class);
        test(find(Button.class).withId("send-link").single()).click();
        EmailField email = find(EmailField.class).single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("This field is required");
        assertThat(find(Div.class).withId("link-status").single().getText()).isEmpty();
    }

    @Test
    void aMalformedAddressIsRefusedNextToTheField() {
        navigate(SignInLinkRequestView.class);
        test(find(EmailField.class).single()).setValue("not-an-address");
        test(find(Button.class).withId("send-link").single()).click();
        assertThat(find(EmailField.class).single().getErrorMessage()).contains("name@example.org");
    }

    @Test
    void anyWellFormedAddressGetsTheSameCarefulAnswer() {
        navigate(SignInLinkRequestView.class);
        test(find(EmailField.class).single()).setValue("someone.unknown@example.org");
        test(find(Button.class).withId("send-link").single()).click();
        assertThat(find(Div.class).withId("link-status").single().getElement().getTextRecursively())
                .contains("If someone.unknown@example.org belongs to a Roundtable account");
    }
}
