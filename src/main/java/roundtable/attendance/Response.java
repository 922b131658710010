package roundtable.attendance;

/** What someone says about coming. Only in person and online take one of the meeting's places. */
public enum Response {
    IN_PERSON, ONLINE, NOT_ATTENDING, MAYBE;

    /** Whether this answer needs one of the meeting's places when a capacity is set. */
    public boolean takesPlace() {
        return this == IN_PERSON || this == ONLINE;
    }

    public String messageKey() {
        return "rsvp.response." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
