package roundtable.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import roundtable.base.RuleViolationException;

/**
 * Names interpretation languages (stored as tags: es, vi, zh, ar, ase) in the reader's
 * language, using the JDK's own names so no list has to be kept by hand.
 */
public final class LanguageNames {

    /** ISO 639-3 tag of American Sign Language, which the JDK does not name. */
    static final String ASL = "ase";

    /** The languages the district offers interpretation in, most requested first. */
    public static final List<String> OFFERED = List.of("es", "vi", "zh", "ar", "ru", "so", "ne", ASL);

    private LanguageNames() {}

    /** Refuses a language the district does not offer (the forms offer only these), naming the field. */
    public static void requireOffered(String field, List<String> tags) {
        if (tags != null && !OFFERED.containsAll(tags)) {
            throw new RuleViolationException(field, "validation.language-unknown");
        }
    }

    /** The language's name as a label or list item starts it, in the reader's language: "Inglés", "English". */
    public static String of(String tag, Locale reader) {
        String name = inSentence(tag, reader);
        return name.equals(tag) ? tag : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /**
     * The language's name as the reader's language writes it inside a sentence: "inglés" in Spanish,
     * "English" in English. Never the name in its own language: that is for choosing a language only
     * (the header's switch, the language of one's emails), where a reader must find their own.
     */
    public static String inSentence(String tag, Locale reader) {
        if (ASL.equals(tag)) {
            return "ASL";
        }
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayLanguage(reader);
        return name.isEmpty() ? tag : name;
    }

    public static String list(List<String> tags, Locale reader) {
        return tags.stream().map(t -> of(t, reader)).collect(Collectors.joining(", "));
    }
}
