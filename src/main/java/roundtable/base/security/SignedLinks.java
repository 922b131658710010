package roundtable.base.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Personal links that work without signing in (answer a poll, RSVP): the token names what it
 * is for, which record, a nonce the record keeps (change it and every link to it stops
 * working) and when it expires, signed with HMAC-SHA256. Nothing is stored per link.
 */
@Component
public class SignedLinks {

    /** Why a token was refused: an expired link deserves a different message from a forged one. */
    public enum Outcome {
        VALID,
        EXPIRED,
        INVALID
    }

    /** What a token said, once its signature, purpose and expiry have been checked. */
    public record Verification(Outcome outcome, long id, String nonce, Instant expiresAt) {

        static Verification invalid() {
            return new Verification(Outcome.INVALID, 0, null, null);
        }

        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,400}\\.[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Supplier<byte[]> key;
    private final Clock clock;

    @Autowired
    SignedLinks(SigningKeyStore keys, Clock clock) {
        this(keys::key, clock);
    }

    SignedLinks(Supplier<byte[]> key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** A fresh random nonce for a record that will be named in links. */
    public static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    public String sign(String purpose, long id, String nonce, Instant expiresAt) {
        if (!PURPOSE.matcher(purpose).matches() || !NONCE.matcher(nonce).matches()) {
            throw new IllegalArgumentException("Purpose or nonce has characters a link cannot carry");
        }
        String payload = purpose + "|" + id + "|" + nonce + "|" + expiresAt.getEpochSecond();
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    /**
     * Checks a token for the given purpose. The caller still compares the nonce with the one
     * its record holds, and that the record exists.
     */
    public Verification verify(String purpose, String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Verification.invalid();
        }
        int dot = token.indexOf('.');
        String encoded = token.substring(0, dot);
        byte[] signature = DECODER.decode(token.substring(dot + 1));
        // Constant-time, so the time a refusal takes tells a forger nothing about the right signature.
        if (!MessageDigest.isEqual(mac(encoded), signature)) {
            return Verification.invalid();
        }
        Optional<String[]> parts = parts(encoded);
        if (parts.isEmpty() || !parts.get()[0].equals(purpose)) {
            return Verification.invalid();
        }
        String[] p = parts.get();
        long id;
        Instant expiresAt;
        try {
            id = Long.parseLong(p[1]);
            expiresAt = Instant.ofEpochSecond(Long.parseLong(p[3]));
        } catch (NumberFormatException e) {
            return Verification.invalid();
        }
        Outcome outcome = clock.instant().isBefore(expiresAt) ? Outcome.VALID : Outcome.EXPIRED;
        return new Verification(outcome, id, p[2], expiresAt);
    }

    /**
     * The record a token names, if the link still stands: signed by us for this purpose, naming a
     * record that exists and still holds the nonce (compared in constant time), and not expired.
     * Otherwise {@code refusal} says why: INVALID or EXPIRED.
     */
    public <T> T resolve(
            String purpose,
            String token,
            LongFunction<Optional<T>> find,
            Function<T, String> nonceOf,
            Function<Outcome, ? extends RuntimeException> refusal) {
        Verification verified = verify(purpose, token);
        if (verified.outcome() == Outcome.INVALID) {
            throw refusal.apply(Outcome.INVALID);
        }
        T record = find.apply(verified.id())
                .filter(r -> MessageDigest.isEqual(
                        nonceOf.apply(r).getBytes(StandardCharsets.US_ASCII),
                        verified.nonce().getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(() -> refusal.apply(Outcome.INVALID));
        if (verified.outcome() == Outcome.EXPIRED) {
            throw refusal.apply(Outcome.EXPIRED);
        }
        return record;
    }

    private static Optional<String[]> parts(String encoded) {
        try {
            String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|");
            return parts.length == 4 ? Optional.of(parts) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.get(), ALGORITHM));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
