package roundtable.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LocaleResolution;

/**
 * Puts a language to use at once, wherever it was chosen: the language button, or a
 * profile saved with a new preferred language.
 */
public final class SessionLanguage {

    private SessionLanguage() {}

    /**
     * For this visit (session), for later visits on this browser (cookie), and for this page, which
     * keeps it even when a personal link opened it in its recipient's language.
     */
    public static void apply(Language language) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(language.locale());
        UI ui = UI.getCurrent();
        session.getSession().setAttribute(LocaleResolution.SESSION_ATTRIBUTE, language);
        session.getSession()
                .setAttribute(
                        LocaleResolution.CHOSEN_ON_ATTRIBUTE,
                        ui.getInternals().getActiveViewLocation().getPath());
        ui.setLocale(language.locale());
        // Reloading redraws every word in the new language, including the page's own lang attribute.
        ui.getPage().executeJs(LocaleResolution.cookieScript(language) + ";location.reload()");
    }
}
