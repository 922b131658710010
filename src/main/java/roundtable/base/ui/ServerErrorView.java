package roundtable.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** What a visitor sees when opening a page fails: a plain apology and a reference, never a stack trace. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("narrow-page");
        Exception error = parameter.getCaughtException();
        if (error instanceof AccessDeniedException) {
            add(
                    new H1(getTranslation("error.not-found.title")),
                    new Paragraph(getTranslation("error.not-found.message")),
                    new Paragraph(new Anchor(".", getTranslation("error.not-found.home"))));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        String reference = ErrorReference.next();
        log.error("Opening {} failed, reference {}", event.getLocation().getPath(), reference, error);
        add(
                new H1(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected.message", reference)),
                new Paragraph(new Anchor(".", getTranslation("error.not-found.home"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "error.unexpected.title");
    }
}
