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

    /**
     * Digits, spaces and + ( ) . - as people write numbers, optionally with an extension ("x 12", "ext. 12");
     * blanks of any kind around it, so a field left blank is no number rather than a wrong one.
     */
    public static final String PHONE_PATTERN = "(?iU)\\s*[0-9+(). -]*(?:(?:x|ext\\.?) ?[0-9]+)?\\s*";

    /**
     * What an anonymised person's name becomes. Never shown as is: records carry an
     * {@code anonymised} flag and views say "Former member" in the reader's language.
     */
    public static final String ANONYMISED_NAME = "Former member";

    private PersonLimits() {}

    /** Unique like every address, and on the reserved .invalid domain, so nothing can ever be delivered to it. */
    static String anonymisedEmail(long personId) {
        return "anonymised-" + personId + "@invalid";
    }

    /** Addresses are compared case-insensitively, so one person cannot exist twice by capitalisation. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
