package roundtable.attendance;

import java.util.Locale;

/** How an interpreter works with the requester. */
public enum InterpretationMode {
    IN_PERSON,
    SIMULTANEOUS_ONLINE,
    PHONE;

    public String messageKey() {
        return "rsvp.mode." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
