package roundtable.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import roundtable.base.i18n.Language;
import roundtable.base.i18n.LocaleResolution;

/** Gives every page its language (and the html element its lang) and every session the friendly error handler. */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    private final transient LocaleResolution locales;

    UiSetup(LocaleResolution locales) {
        this.locales = locales;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            Language language = resolve(VaadinRequest.getCurrent());
            e.getUI().setLocale(language.locale());
            e.getUI().getElement().executeJs("document.documentElement.lang=$0", language.tag());
            e.getUI().addBeforeEnterListener(this::speakToTheRecipient);
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", resolve(response.getVaadinRequest()).tag()));
    }

    /**
     * A page opened from a personal link speaks its recipient's language, and so do the pages they go
     * on to in this visit. Runs before the layout and the page are made, so every word is in it.
     */
    private void speakToTheRecipient(BeforeEnterEvent event) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession == null) {
            return;
        }
        WrappedSession session = vaadinSession.getSession();
        locales.personalLinkLanguage(event.getLocation().getPath(), session::getAttribute).ifPresent(language -> {
            session.setAttribute(LocaleResolution.SESSION_ATTRIBUTE, language);
            UI ui = event.getUI();
            if (!language.locale().equals(ui.getLocale())) {
                ui.setLocale(language.locale());
                ui.getElement().executeJs("document.documentElement.lang=$0", language.tag());
            }
        });
    }

    private Language resolve(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            return locales.resolve(servletRequest.getHttpServletRequest());
        }
        return Language.fallback();
    }
}
