package roundtable.languageservices;

import java.util.Locale;

/**
 * How an interpreter on the roster can work. A request asks for one of the first three (see
 * {@link roundtable.attendance.InterpretationMode}); a translation needs {@link #WRITTEN_TRANSLATION}.
 */
public enum WorkingMode {
    IN_PERSON,
    SIMULTANEOUS_ONLINE,
    PHONE,
    WRITTEN_TRANSLATION;

    /** Message key of the mode's name, in the reader's language. */
    public String messageKey() {
        return "interpreters.mode." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
