package roundtable.base;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one check of a typed email address that every form shares (poll guests, RSVP guests):
 * something@somewhere.tld with nothing that would split it into two addresses.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

    private EmailAddresses() {
    }

    public static boolean wellFormed(String email) {
        return email != null && email.length() <= MAX_LENGTH && EMAIL.matcher(email).matches();
    }

    /** The form two spellings of one address share, for "has this address already...?" */
    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
