package roundtable.base;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one check of a typed email address that every form shares (poll guests, RSVP guests):
 * something@somewhere.tld with nothing that would split it into two addresses or that nobody can see.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 320;
    // No spaces of any script and no control, format or unassigned characters: they cannot be typed on purpose,
    // and a NUL or a zero-width space in an address stored for a guest makes every later email to it fail.
    private static final String PART = "[^@\\s\\p{Z}\\p{C},;<>]+";
    private static final Pattern EMAIL = Pattern.compile(PART + "@" + PART + "\\." + PART);

    private EmailAddresses() {}

    public static boolean wellFormed(String email) {
        return email != null
                && email.length() <= MAX_LENGTH
                && EMAIL.matcher(email).matches()
                && deliverable(email);
    }

    /**
     * The mail library's own strict reading of the address: what it refuses at sending time
     * ("..", a slash or a colon in the domain) is refused at the form instead of failing eight
     * delivery attempts later, after the person was told to look for an email.
     */
    private static boolean deliverable(String email) {
        try {
            new InternetAddress(email, true).validate();
            return true;
        } catch (AddressException refused) {
            return false;
        }
    }

    /** The form two spellings of one address share, for "has this address already...?" */
    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
