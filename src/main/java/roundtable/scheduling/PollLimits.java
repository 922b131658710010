package roundtable.scheduling;

/** Bounds shared by the entities, the service's checks and the form fields. */
public final class PollLimits {

    public static final int TITLE = 200;
    public static final int NAME = 200;
    public static final int MIN_CANDIDATES = 2;
    public static final int MAX_CANDIDATES = 20;
    public static final int MIN_DURATION_MINUTES = 15;
    public static final int MAX_DURATION_MINUTES = 12 * 60;
    public static final int MAX_EXTRA_EMAILS = 100;

    private PollLimits() {}
}
