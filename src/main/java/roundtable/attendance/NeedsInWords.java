package roundtable.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import roundtable.base.i18n.LanguageNames;

/**
 * What someone asked for, one short phrase per request ("Interpretation: Spanish (interpreter in the
 * room)", "Childcare for 2 children"), in the reader's language: for the page that says what an
 * answer withdraws and the email that confirms it.
 */
public final class NeedsInWords {

    /** Looks a message up in the reader's language: the page's translations, or the mail's. */
    @FunctionalInterface
    public interface Words {
        String of(String key, Object... args);
    }

    private NeedsInWords() {}

    public static List<String> of(AccessNeeds needs, Locale locale, Words words) {
        List<String> said = new ArrayList<>();
        if (needs.interpretationLanguage() != null) {
            String language = LanguageNames.of(needs.interpretationLanguage(), locale);
            said.add(
                    needs.interpretationMode() == null
                            ? words.of("rsvp.said.interpretation", language)
                            : words.of(
                                    "rsvp.said.interpretation-mode",
                                    language,
                                    words.of(needs.interpretationMode().messageKey())));
        }
        if (needs.translationLanguage() != null) {
            said.add(words.of("rsvp.said.translation", LanguageNames.of(needs.translationLanguage(), locale)));
        }
        needs.accommodations().stream().sorted().forEach(a -> said.add(words.of(a.messageKey())));
        if (needs.childrenCount() != null && needs.childrenCount() > 0) {
            said.add(words.of("rsvp.said.childcare", needs.childrenCount()));
        }
        if (needs.loaner()) {
            said.add(words.of("rsvp.request.kind.loaner"));
        }
        return said;
    }

    /** The phrases as one list in a sentence: "a; b; c". */
    public static String joined(AccessNeeds needs, Locale locale, Words words) {
        return String.join("; ", of(needs, locale, words));
    }
}
