package roundtable.languageservices;

import java.util.Locale;

/** Employed by the district, or booked through an agency (whose name the coordinator needs to book them). */
public enum InterpreterKind {
    STAFF,
    VENDOR;

    public String messageKey() {
        return "interpreters.kind." + name().toLowerCase(Locale.ROOT);
    }
}
