package roundtable.base.security;

import java.time.Instant;

/**
 * Delivers a sign-in link to a person. Implemented by the notifications feature, so the
 * shell can ask for mail without depending on it.
 */
public interface SignInLinkSender {

    void send(String email, String link, Instant expiresAt);
}
