package roundtable.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short code a user can read out to support, matching one line in the log. */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    public static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
