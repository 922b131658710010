package roundtable.attendance;

/** How an interpreter works with the requester. */
public enum InterpretationMode {
    IN_PERSON, SIMULTANEOUS_ONLINE, PHONE;

    public String messageKey() {
        return "rsvp.mode." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
