package roundtable.base;

/**
 * The one check of typed text every form shares: nothing a person cannot see or mean. Control
 * characters (NUL, escape, bell…; line breaks only where the field takes several lines), half of
 * an emoji (an unpaired surrogate), the two non-characters and the bidirectional overrides that
 * make text read differently from what it says are refused, because they break emails, CSVs,
 * calendars and PDFs downstream or disguise a name. Everything else any language writes is kept.
 */
public final class PlainText {

    public static final String MESSAGE_KEY = "validation.plain-text";

    private PlainText() {}

    /** Refuses text with a character no form should take, naming the field; null and empty pass. */
    public static void require(String field, String value) {
        if (!acceptable(value, false)) {
            throw new RuleViolationException(field, MESSAGE_KEY);
        }
    }

    /** As {@link #require}, for fields of several lines: tabs and line breaks are welcome there. */
    public static void requireLines(String field, String value) {
        if (!acceptable(value, true)) {
            throw new RuleViolationException(field, MESSAGE_KEY);
        }
    }

    /** Text a person wrote, stripped, and present: refuses blanks (including Unicode spaces) and hidden characters. */
    public static String required(String field, String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new RuleViolationException(field, "validation.required");
        }
        require(field, clean);
        return clean;
    }

    public static boolean acceptable(String value, boolean lines) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || directionOverride(c)) {
                return false;
            }
            if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text without any character {@link #acceptable(String, boolean) acceptable} refuses on several lines:
     * for what is shown, where text saved before a check existed (or arriving from anywhere else) must still
     * read as what it says. Tabs and line breaks stay; null stays null.
     */
    public static String withoutHidden(String value) {
        if (value == null || acceptable(value, true)) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                kept.append(c).append(value.charAt(++i));
            } else if (acceptable(String.valueOf(c), true)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** An embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): what makes text display otherwise than it reads. */
    public static boolean directionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
