package roundtable.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Names interpretation languages (stored as tags: es, vi, zh, ar, ase) in the reader's
 * language, using the JDK's own names so no list has to be kept by hand.
 */
public final class LanguageNames {

    /** ISO 639-3 tag of American Sign Language, which the JDK does not name. */
    static final String ASL = "ase";

    /** The languages the district offers interpretation in, most requested first. */
    public static final List<String> OFFERED = List.of("es", "vi", "zh", "ar", "ru", "so", "ne", ASL);

    private LanguageNames() {
    }

    /** Refuses a language the district does not offer (the forms offer only these), naming the field. */
    public static void requireOffered(String field, List<String> tags) {
        if (tags != null && !OFFERED.containsAll(tags)) {
            throw new roundtable.base.RuleViolationException(field, "validation.language-unknown");
        }
    }

    public static String of(String tag, Locale reader) {
        if (ASL.equals(tag)) {
            return "ASL";
        }
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayLanguage(reader);
        if (name.isEmpty() || name.equals(tag)) {
            return tag;
        }
        return name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    public static String list(List<String> tags, Locale reader) {
        return tags.stream().map(t -> of(t, reader)).collect(Collectors.joining(", "));
    }
}
