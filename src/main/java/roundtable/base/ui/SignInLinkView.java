package roundtable.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Where the emailed link lands. Opening it changes nothing: the visitor presses a button
 * that posts the token, so a mail scanner that follows links cannot use it up.
 */
@Route("signin/link")
@AnonymousAllowed
public class SignInLinkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String PROCESSING_PATH = "/login/ott";

    public SignInLinkView() {
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var parameters = event.getLocation().getQueryParameters();
        var token = parameters.getSingleParameter("token").filter(t -> t.matches("[A-Za-z0-9-]{1,64}"));
        if (parameters.getParameters().containsKey("invalid") || token.isEmpty()) {
            showInvalid();
        } else {
            showConfirm(token.get());
        }
    }

    private void showConfirm(String token) {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String contextPath = request == null ? "" : request.getContextPath();
        form.setAttribute("action", contextPath + PROCESSING_PATH);
        form.appendChild(hidden("token", token));
        CsrfToken csrf = request == null
                ? null
                : (CsrfToken) request.getHttpServletRequest().getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            form.appendChild(hidden(csrf.getParameterName(), csrf.getToken()));
        }
        Button signIn = new Button(getTranslation("auth.link.confirm.submit"), e -> form.executeJs("this.submit()"));
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.setId("confirm-link");
        form.appendChild(signIn.getElement());

        Div holder = new Div();
        holder.getElement().appendChild(form);
        add(
                new H1(getTranslation("auth.link.confirm.title")),
                new Paragraph(getTranslation("auth.link.confirm.intro")),
                holder);
    }

    private void showInvalid() {
        add(
                new H1(getTranslation("auth.link.invalid.title")),
                new Paragraph(getTranslation("auth.link.invalid.message")),
                new Paragraph(new RouterLink(getTranslation("auth.link.request.cta"), SignInLinkRequestView.class)));
    }

    private static Element hidden(String name, String value) {
        return new Element("input")
                .setAttribute("type", "hidden")
                .setAttribute("name", name)
                .setAttribute("value", value);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "auth.link.confirm.title");
    }
}
