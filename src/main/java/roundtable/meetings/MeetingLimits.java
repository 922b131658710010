package roundtable.meetings;

public final class MeetingLimits {

    public static final int TITLE = 200;
    public static final int LOCATION = 500;
    public static final int ROOM = 200;
    public static final int ACCESS_NOTES = 1000;
    public static final int DIAL_IN = 200;
    public static final int URL = 1000;
    public static final int DESCRIPTION = 20_000;
    public static final int CANCEL_REASON = 1000;
    public static final int MIN_DURATION_MINUTES = 15;
    public static final int MAX_DURATION_MINUTES = 12 * 60;
    /** How far from today a meeting may be put: beyond it a date is a typing slip, and some calendars cannot show it. */
    public static final int YEARS_FROM_TODAY = 50;
    /** A series is materialised as meetings; two years of weekly meetings is plenty. */
    public static final int MAX_OCCURRENCES = 104;
    /** Only web links: a stored "javascript:" address must never become a link. */
    public static final String WEB_LINK = "(?i)https?://[^\\s<>\"]+";
    /**
     * What a join link field may hold: a web link, or nothing (an empty field, as every form sends it) for
     * a meeting in person. Whether the meeting needs one is {@link MeetingData#requirePlace}'s to say.
     */
    public static final String WEB_LINK_OR_NONE = "(?iU)\\s*(?:https?://[^\\s<>\"]+)?\\s*";

    private MeetingLimits() {}
}
