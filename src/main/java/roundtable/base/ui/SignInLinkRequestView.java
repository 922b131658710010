package roundtable.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import roundtable.base.security.SignInLinkService;

/** "Email me a sign-in link", for members who never set a password. */
@Route("login/link")
@AnonymousAllowed
public class SignInLinkRequestView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final int MAX_EMAIL_LENGTH = 320;

    private final EmailField email = new EmailField();
    private final Div status = new Div();

    public SignInLinkRequestView(SignInLinkService links) {
        addClassName("narrow-page");
        email.setLabel(getTranslation("auth.login.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(MAX_EMAIL_LENGTH);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setErrorMessage(getTranslation("validation.email"));
        email.setWidthFull();
        email.setId("link-email");

        Button send = new Button(getTranslation("auth.link.request.submit"), e -> submit(links));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setId("send-link");

        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.setId("link-status");

        add(
                new H1(getTranslation("auth.link.request.title")),
                new Paragraph(getTranslation("auth.link.request.intro")),
                email,
                send,
                status,
                new Paragraph(new RouterLink(getTranslation("auth.link.back-to-password"), LoginView.class)));
    }

    private void submit(SignInLinkService links) {
        String value = email.getValue() == null ? "" : email.getValue().trim();
        if (value.isEmpty() || email.isInvalid() || !value.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            email.setErrorMessage(getTranslation(value.isEmpty() ? "validation.required" : "validation.email"));
            email.setInvalid(true);
            email.focus();
            return;
        }
        email.setInvalid(false);
        VaadinRequest request = VaadinRequest.getCurrent();
        String client = request == null ? "unknown" : request.getRemoteAddr();
        SignInLinkService.Outcome outcome = links.requestLink(value, client);
        status.removeAll();
        status.setClassName(
                outcome == SignInLinkService.Outcome.TRY_LATER ? "notice notice-warning" : "notice notice-success");
        status.add(new Paragraph(
                outcome == SignInLinkService.Outcome.TRY_LATER
                        ? getTranslation("auth.link.request.too-many")
                        : getTranslation(
                                "auth.link.request.sent", value, SignInLinkService.LINK_LIFETIME.toMinutes())));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "auth.link.request.title");
    }
}
