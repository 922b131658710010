package roundtable.meetings;

public final class MeetingLimits {

    public static final int TITLE = 200;
    public static final int LOCATION = 500;
    public static final int URL = 1000;
    public static final int DESCRIPTION = 20_000;
    public static final int MAX_DURATION_MINUTES = 12 * 60;

    private MeetingLimits() {
    }
}
