package roundtable.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.i18n.LanguagePreferences;
import roundtable.base.security.CurrentUser;

/**
 * One button naming the other language in that language ("Español"), so someone who reads
 * only Spanish can find it. It changes the pages: the choice is kept for the session and in a
 * cookie. A signed-in person's saved language, which their emails are written in, changes only
 * in the profile; when the page and the emails now differ, the next page says so once.
 */
class LanguageSwitch extends Button {

    private static final long serialVersionUID = 1L;
    /** The saved language, when it differs from the one just chosen: said once, on the page that follows. */
    private static final String EMAILS_STAY_IN = LanguageSwitch.class.getName() + ".emails-stay-in";

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
        sayWhereEmailsStay();
    }

    private void sayWhereEmailsStay() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(EMAILS_STAY_IN) instanceof Language saved) {
            session.setAttribute(EMAILS_STAY_IN, null);
            Span text = new Span(
                    getTranslation("language.switch.emails-stay", LanguageNames.inSentence(saved.tag(), getLocale())));
            text.setId("language-emails-stay");
            Notification note = new Notification(text);
            note.setDuration(10_000);
            note.setPosition(Notification.Position.BOTTOM_START);
            note.open();
        }
    }

    private void offer(Language next) {
        setText(next.nativeName());
        getElement().setAttribute("lang", next.tag());
        getElement()
                .setAttribute("aria-label", getTranslation(next.locale(), "language.switch.label", next.nativeName()));
    }

    private static Language other(Language current) {
        return Arrays.stream(Language.values())
                .filter(l -> l != current)
                .findFirst()
                .orElseThrow();
    }

    static void switchTo(Language language, LanguagePreferences preferences) {
        CurrentUser.personId()
                .flatMap(preferences::saved)
                .filter(saved -> saved != language)
                .ifPresent(saved -> VaadinSession.getCurrent().setAttribute(EMAILS_STAY_IN, saved));
        SessionLanguage.apply(language);
    }
}
