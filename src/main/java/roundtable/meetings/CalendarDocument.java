package roundtable.meetings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An iCalendar document ready to send: its text, a file name, and what conditional requests
 * compare. The ETag is a hash of the text, so any change at all (a meeting, a body's name, the
 * feed's moving window) gives a new one; {@code lastModified} is the newest meeting change, or
 * null when there is none. Only a {@code shared} document (public meetings only) may be kept by
 * shared caches.
 */
public record CalendarDocument(String text, String fileName, Instant lastModified, boolean shared) {

    public String etag() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
