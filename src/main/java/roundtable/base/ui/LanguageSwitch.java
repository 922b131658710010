package roundtable.base.ui;

import java.util.Arrays;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguagePreferences;
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
        CurrentUser.personId().ifPresent(id -> preferences.remember(id, language));
        SessionLanguage.apply(language);
    }
}
