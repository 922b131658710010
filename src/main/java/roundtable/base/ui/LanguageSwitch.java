package roundtable.base.ui;

import java.util.Arrays;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguagePreferences;
import roundtable.base.i18n.LocaleResolution;
import roundtable.base.security.CurrentUser;

/**
 * One button naming the other language in that language ("Español"), so someone who reads
 * only Spanish can find it. The choice is kept for the session, in a cookie for visitors,
 * and in the profile of a signed-in person.
 */
class LanguageSwitch extends Button {

    private static final long serialVersionUID = 1L;

    LanguageSwitch(LanguagePreferences preferences) {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("language-switch");
        setId("language-switch");
        offer(other(Language.of(UI.getCurrent().getLocale())));
        addClickListener(e -> {
            Language chosen = other(Language.of(UI.getCurrent().getLocale()));
            switchTo(chosen, preferences);
            offer(other(chosen));
        });
    }

    private void offer(Language next) {
        setText(next.nativeName());
        getElement().setAttribute("lang", next.tag());
        getElement().setAttribute("aria-label", getTranslation(next.locale(), "language.switch.label", next.nativeName()));
    }

    private static Language other(Language current) {
        return Arrays.stream(Language.values()).filter(l -> l != current).findFirst().orElseThrow();
    }

    static void switchTo(Language language, LanguagePreferences preferences) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(language.locale());
        session.getSession().setAttribute(LocaleResolution.SESSION_ATTRIBUTE, language);
        CurrentUser.personId().ifPresent(id -> preferences.remember(id, language));
        UI ui = UI.getCurrent();
        ui.setLocale(language.locale());
        // Reloading redraws every word in the new language, including the page's own lang attribute.
        ui.getPage().executeJs(LocaleResolution.cookieScript(language) + ";location.reload()");
    }
}
