package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;
import roundtable.IntegrationTest;
import roundtable.base.security.TooManySignInAttemptsException;

@IntegrationTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    private LoginForm afterFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return find(LoginForm.class).single();
    }

    /** The texts the login form shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() {
        LoginForm form = afterFailure(new BadCredentialsException("bad"));
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Email or password not recognised");
    }

    @Test
    void aPausedAccountIsToldToTryAgainLater() {
        LoginForm form = afterFailure(new TooManySignInAttemptsException());
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Too many attempts", "try again in 15 minutes");
    }

    @Test
    void aFormRefusedForItsMissingTokenAsksToSignInAgainInTheReadersLanguage() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Please sign in again").doesNotContain("not recognised");

        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        assertThat(i18n(find(LoginForm.class).single())).contains("Vuelva a iniciar sesión");
    }

    @Test
    void withoutAFailureTheFormShowsNoError() {
        UI.getCurrent().navigate("login");
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }
}
