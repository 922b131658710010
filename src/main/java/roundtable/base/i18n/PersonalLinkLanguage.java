package roundtable.base.i18n;

import java.util.Optional;

/**
 * The language of the person a personal emailed link was sent to (a member's saved language, the
 * language a guest chose), so the page the link opens speaks it whatever the browser says.
 * Implemented by each feature that sends such links; the shell asks them all.
 */
public interface PersonalLinkLanguage {

    /**
     * {@code path}: the page's route without its leading slash, e.g. {@code rsvp/answer/<token>}.
     * Empty unless it is one of this feature's personal links; throws (or is empty) when the link
     * does not stand, which the caller takes as naming nobody.
     */
    Optional<Language> recipientLanguage(String path);

    /** The token of a link {@code <linkPath><token>} ({@code linkPath} as the emails write it, e.g. {@code /rsvp/answer/}). */
    static Optional<String> token(String linkPath, String path) {
        String prefix = linkPath.replaceFirst("^/+", "");
        if (path == null || !path.startsWith(prefix)) {
            return Optional.empty();
        }
        String token = path.substring(prefix.length());
        return token.isEmpty() || token.contains("/") ? Optional.empty() : Optional.of(token);
    }
}
