package roundtable.languageservices.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.RequestKind;
import roundtable.base.i18n.LanguageNames;

/** What a request asks for, in the reader's words: "Interpretation: Spanish", "Large print", "Childcare". */
final class NeedLabels {

    private NeedLabels() {}

    static String of(
            Component reader, Locale locale, RequestKind kind, String languageTag, AccommodationType accommodation) {
        return switch (kind) {
            case INTERPRETATION, TRANSLATION ->
                reader.getTranslation(
                        "desk.need." + kind.name().toLowerCase(Locale.ROOT), LanguageNames.of(languageTag, locale));
            case ACCOMMODATION -> reader.getTranslation(accommodation.messageKey());
            case CHILDCARE, LOANER -> reader.getTranslation(kind.messageKey());
        };
    }
}
