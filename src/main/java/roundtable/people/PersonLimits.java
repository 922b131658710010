package roundtable.people;

import java.util.Locale;

/** Field sizes shared by the table, the entity's checks and the forms' max lengths. */
public final class PersonLimits {

    public static final int NAME = 200;
    public static final int EMAIL = 320;
    public static final int PHONE = 40;
    public static final int PRONOUNS = 40;
    public static final int AFFILIATION = 200;
    public static final int NEEDS = 2000;

    private PersonLimits() {
    }

    /** Addresses are compared case-insensitively, so one person cannot exist twice by capitalisation. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
