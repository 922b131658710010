package roundtable.scheduling.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import roundtable.base.i18n.LanguageNames;
import roundtable.scheduling.Reason;

/** A ranking reason in the reader's language, with language tags named in that language too. */
final class ReasonText {

    private ReasonText() {}

    static String of(Component view, Locale locale, Reason reason) {
        Object[] args = reason.args().stream()
                .map(a -> a instanceof Reason.LanguageTag tag ? LanguageNames.of(tag.tag(), locale) : a)
                .toArray();
        return view.getTranslation(reason.key(), args);
    }
}
