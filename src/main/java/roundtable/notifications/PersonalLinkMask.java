package roundtable.notifications;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the secret part of the personal links in an email's text (sign-in, RSVP, unsubscribe
 * links) before an administrator reads it: with the link, the administrator could act as the
 * recipient. What the link is for, and where it points, stays readable.
 */
final class PersonalLinkMask {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");
    /** Tokens are long runs of base64url or hex; words, ids and host names are shorter. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{16,}");

    private PersonalLinkMask() {}

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher urls = URL.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (urls.find()) {
            urls.appendReplacement(
                    masked,
                    Matcher.quoteReplacement(SECRET.matcher(urls.group()).replaceAll("…")));
        }
        urls.appendTail(masked);
        return masked.toString();
    }
}
