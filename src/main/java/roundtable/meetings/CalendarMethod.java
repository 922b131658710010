package roundtable.meetings;

/**
 * What an emailed calendar asks of the reader's calendar app (iTIP, RFC 5546): add or update the
 * meeting, or take it off.
 */
public enum CalendarMethod {
    /** An invitation or an update: the app adds the meeting, or replaces it when SEQUENCE is higher. */
    REQUEST,
    /** The meeting is called off: the app removes it or marks it cancelled. */
    CANCEL
}
