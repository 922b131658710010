package roundtable.languageservices;

/** Field sizes shared by the table, the service's checks and the forms' max lengths. */
public final class InterpreterLimits {

    public static final int NAME = 200;
    public static final int EMAIL = 320;
    public static final int PHONE = 40;
    public static final int VENDOR_NAME = 200;
    public static final int NOTES = 1000;

    private InterpreterLimits() {}
}
