package roundtable.attendance;

import java.util.Locale;

/** What kind of help a request asks for. */
public enum RequestKind {
    INTERPRETATION,
    TRANSLATION,
    ACCOMMODATION,
    CHILDCARE,
    LOANER;

    public String messageKey() {
        return "rsvp.request.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
