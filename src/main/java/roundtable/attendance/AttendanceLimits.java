package roundtable.attendance;

/** Lengths the forms and the database agree on. */
public final class AttendanceLimits {

    public static final int NAME = 200;
    public static final int EMAIL = 320;
    public static final int DETAILS = 1000;
    public static final int CHILDREN_AGES = 200;
    public static final int MAX_CHILDREN = 20;

    private AttendanceLimits() {}
}
