package roundtable.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import roundtable.base.security.SignedLinks.Outcome;

class SignedLinksTest {

    private static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");
    private static final byte[] KEY = "a key long enough for HMAC-SHA256 signing!".getBytes(StandardCharsets.UTF_8);

    private final SignedLinks links = at(NOW);

    private static SignedLinks at(Instant now) {
        return new SignedLinks(() -> KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aLinkSaysWhatItNamesUntilItExpires() {
        String nonce = SignedLinks.newNonce();
        String token = links.sign("poll-answer", 42, nonce, NOW.plus(Duration.ofDays(3)));

        var verified = links.verify("poll-answer", token);
        assertThat(verified.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verified.id()).isEqualTo(42);
        assertThat(verified.nonce()).isEqualTo(nonce);
        assertThat(token).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void aLinkPastItsExpiryIsExpiredNotValid() {
        String token = links.sign("poll-answer", 42, "n1", NOW.plus(Duration.ofHours(1)));
        assertThat(at(NOW.plus(Duration.ofHours(1)))
                        .verify("poll-answer", token)
                        .outcome())
                .isEqualTo(Outcome.EXPIRED);
        assertThat(at(NOW.plus(Duration.ofMinutes(59)))
                        .verify("poll-answer", token)
                        .outcome())
                .isEqualTo(Outcome.VALID);
    }

    @Test
    void aChangedIdOrExpiryBreaksTheSignature() {
        String token = links.sign("poll-answer", 42, "n1", NOW.plus(Duration.ofHours(1)));
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        ("poll-answer|43|n1|" + NOW.plus(Duration.ofDays(365)).getEpochSecond())
                                .getBytes(StandardCharsets.UTF_8));
        String forged = forgedPayload + token.substring(token.indexOf('.'));
        assertThat(links.verify("poll-answer", forged).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void aFlippedCharacterInTheSignatureIsRefused() {
        String token = links.sign("poll-answer", 42, "n1", NOW.plus(Duration.ofHours(1)));
        char last = token.charAt(token.length() - 2);
        String tampered =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertThat(links.verify("poll-answer", tampered).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void aLinkSignedForOnePurposeDoesNotWorkForAnother() {
        String rsvp = links.sign("rsvp", 42, "n1", NOW.plus(Duration.ofHours(1)));
        assertThat(links.verify("poll-answer", rsvp).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(links.verify("rsvp", rsvp).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void aLinkSignedWithAnotherKeyIsRefused() {
        SignedLinks other = new SignedLinks(
                () -> "another key entirely, also long enough".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC));
        String token = other.sign("poll-answer", 42, "n1", NOW.plus(Duration.ofHours(1)));
        assertThat(links.verify("poll-answer", token).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void garbageIsRefusedWithoutAnError() {
        assertThat(links.verify("poll-answer", null).outcome()).isEqualTo(Outcome.INVALID);
        assertThat(links.verify("poll-answer", "").outcome()).isEqualTo(Outcome.INVALID);
        assertThat(links.verify("poll-answer", "not a token").outcome()).isEqualTo(Outcome.INVALID);
        assertThat(links.verify("poll-answer", "abc.def").outcome()).isEqualTo(Outcome.INVALID);
    }
}
