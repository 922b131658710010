package roundtable.meetings;

/**
 * What an emailed calendar asks of the reader's calendar app (iTIP, RFC 5546): add or update the
 * meeting, or take it off.
 */
public enum CalendarMethod {
    /** An invitation or an update: the app adds the meeting, or replaces it when SEQUENCE is higher. */
    REQUEST("REQUEST"),
    /** The meeting is called off: the app removes it or marks it cancelled. */
    CANCEL("CANCEL"),
    /**
     * The meeting stands, but this reader will not come (they declined, or cancelled their RSVP): the
     * app takes it off their calendar only. A CANCEL naming the one attendee and, as RFC 5546 (3.2.5)
     * asks when uninviting rather than calling off, no STATUS:CANCELLED.
     */
    CANCEL_FOR_ATTENDEE("CANCEL");

    private final String itip;

    CalendarMethod(String itip) {
        this.itip = itip;
    }

    /** The METHOD as iCalendar and the email's content type write it. */
    public String itip() {
        return itip;
    }
}
