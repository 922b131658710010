package roundtable.committees;

/** Field sizes shared by the tables, the entities' checks and the forms. */
public final class CommitteeLimits {

    public static final int NAME = 200;
    public static final int ACRONYM = 20;
    public static final int SLUG = 80;
    public static final int DESCRIPTION = 20_000;
    public static final int SEAT_GROUP_NAME = 120;

    private CommitteeLimits() {}
}
