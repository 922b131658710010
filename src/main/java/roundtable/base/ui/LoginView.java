package roundtable.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import roundtable.base.security.TooManySignInAttemptsException;

@Route(LoginView.ROUTE)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    public static final String ROUTE = "login";
    public static final String PATH = "/" + ROUTE;
    /** Query parameter of the login page after a form was refused for want of this session's CSRF token. */
    public static final String SIGN_IN_AGAIN = "expired";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("narrow-page");

        form.setAction(ROUTE);
        form.setI18n(i18n("auth.login.error"));
        // The paragraph below offers the emailed link with an explanation; one way in is clearer than two.
        form.setForgotPasswordButtonVisible(false);

        RouterLink emailLink = new RouterLink(getTranslation("auth.link.request.cta"), SignInLinkRequestView.class);
        emailLink.setId("request-link");
        Paragraph noPassword = new Paragraph(getTranslation("auth.login.no-password") + " ");
        noPassword.add(emailLink);

        add(new H1(getTranslation("auth.login.title")), form, noPassword);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(SIGN_IN_AGAIN)) {
            form.setI18n(i18n("auth.login.expired"));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setI18n(i18n(lastFailureWasRateLimit() ? "auth.login.locked" : "auth.login.error"));
            form.setError(true);
        }
    }

    private boolean lastFailureWasRateLimit() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationException e
                && (e instanceof TooManySignInAttemptsException
                        || e.getCause() instanceof TooManySignInAttemptsException);
    }

    /** The form's texts, its error saying what {@code errorKey}'s title and message say. */
    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("auth.login.form-title"));
        f.setUsername(getTranslation("auth.login.email"));
        f.setPassword(getTranslation("auth.login.password"));
        f.setSubmit(getTranslation("auth.login.submit"));
        f.setForgotPassword(getTranslation("auth.login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorKey + ".title"));
        error.setMessage(getTranslation(errorKey + ".message"));
        error.setUsername(getTranslation("auth.login.email.required"));
        error.setPassword(getTranslation("auth.login.password.required"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "auth.login.title");
    }
}
