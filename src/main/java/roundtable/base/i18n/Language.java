package roundtable.base.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Roundtable speaks completely. Adding one means adding a complete message bundle. */
public enum Language {
    ENGLISH("en", "English"),
    SPANISH("es", "Español");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    /** Named in its own language, so a reader who knows only that language can find it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Language fallback() {
        return ENGLISH;
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String lang = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(lang)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? fallback() : fromTag(locale.toLanguageTag()).orElse(fallback());
    }
}
