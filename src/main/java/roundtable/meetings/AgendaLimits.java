package roundtable.meetings;

/** One set of limits for the agenda's columns, its checks and its form fields. */
public final class AgendaLimits {

    public static final int TITLE = 200;
    public static final int PRESENTER = 200;
    public static final int DESCRIPTION = 20_000;
    public static final int MAX_MINUTES = 600;
    public static final int FILE_NAME = 255;

    private AgendaLimits() {}
}
