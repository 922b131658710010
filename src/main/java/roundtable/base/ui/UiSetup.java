package roundtable.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LocaleResolution;

/**
 * Gives every page its language (and the html element its lang) and every session the friendly error
 * handler, and keeps Vaadin's confirmation dialogs from adding a second banner landmark.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    /**
     * Vaadin's confirm dialog draws its title in a {@code <header>} that no section encloses (its
     * plain dialog has one), which screen readers take for the page's banner: a second banner, and
     * the page's own no longer unique. A plain element is all it means; the dialog keeps its name.
     */
    static final String CONFIRM_DIALOG_HEADER = """
            customElements.whenDefined('vaadin-confirm-dialog-overlay').then(() => {
              const overlay = customElements.get('vaadin-confirm-dialog-overlay').prototype;
              if (overlay.__roundtableHeader) return;
              overlay.__roundtableHeader = true;
              const firstUpdated = overlay.firstUpdated;
              overlay.firstUpdated = function (...args) {
                if (firstUpdated) firstUpdated.apply(this, args);
                const header = this.shadowRoot && this.shadowRoot.querySelector('header[part~=header]');
                if (header) header.setAttribute('role', 'none');
              };
            });""";

    private final transient LocaleResolution locales;

    UiSetup(LocaleResolution locales) {
        this.locales = locales;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            Language language = resolve(VaadinRequest.getCurrent());
            keepAddressLanguageForTheVisit(VaadinRequest.getCurrent(), e.getUI().getSession());
            e.getUI().setLocale(language.locale());
            e.getUI().getElement().executeJs("document.documentElement.lang=$0", language.tag());
            e.getUI().getElement().executeJs(CONFIRM_DIALOG_HEADER);
            e.getUI().addBeforeEnterListener(this::speakToTheRecipient);
        });
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
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
        locales.personalLinkLanguage(event.getLocation().getPath(), session::getAttribute)
                .ifPresent(language -> {
                    session.setAttribute(LocaleResolution.SESSION_ATTRIBUTE, language);
                    UI ui = event.getUI();
                    if (!language.locale().equals(ui.getLocale())) {
                        ui.setLocale(language.locale());
                        ui.getElement().executeJs("document.documentElement.lang=$0", language.tag());
                    }
                });
    }

    /** A page opened as {@code ?lang=es} (a flyer's link) keeps the pages that follow in that language too. */
    private static void keepAddressLanguageForTheVisit(VaadinRequest request, VaadinSession session) {
        if (request instanceof VaadinServletRequest servletRequest && session != null) {
            LocaleResolution.addressLanguage(servletRequest.getHttpServletRequest())
                    .ifPresent(language ->
                            session.getSession().setAttribute(LocaleResolution.SESSION_ATTRIBUTE, language));
        }
    }

    private Language resolve(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            return locales.resolve(servletRequest.getHttpServletRequest());
        }
        return Language.fallback();
    }
}
