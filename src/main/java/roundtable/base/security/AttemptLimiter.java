package roundtable.base.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * "At most N in a window" per key (an address, an account), on Bucket4j token buckets kept in the
 * database: every server counts the same attempts, and a restart forgets none. Made by
 * {@link AttemptLimits#limiter}; each limiter's name keeps its keys apart from the others'.
 */
public class AttemptLimiter {

    /** Keys longer than this (a made-up 10,000-character "email") are stored by their hash. */
    private static final int LONGEST_PLAIN_KEY = 200;

    private final ProxyManager<String> buckets;
    private final String name;
    private final BucketConfiguration configuration;

    AttemptLimiter(ProxyManager<String> buckets, String name, int allowed, Duration window) {
        this.buckets = buckets;
        this.name = name;
        this.configuration = BucketConfiguration.builder()
                // All attempts come back together once the window has passed, not one by one before it.
                .addLimit(Bandwidth.builder()
                        .capacity(allowed)
                        .refillIntervally(allowed, window)
                        .build())
                .build();
    }

    /** True when the key has used up its attempts for now. */
    public boolean isExhausted(String key) {
        return bucket(key).getAvailableTokens() <= 0;
    }

    /** Counts one attempt; false when none was left. */
    public boolean tryAcquire(String key) {
        return bucket(key).tryConsume(1);
    }

    public void forget(String key) {
        buckets.removeProxy(storedKey(key));
    }

    /** Gives back one attempt, for an attempt that turned out not to count (a successful sign-in). */
    public void refund(String key) {
        bucket(key).addTokens(1);
    }

    private Bucket bucket(String key) {
        return buckets.builder().build(storedKey(key), () -> configuration);
    }

    private String storedKey(String key) {
        String normalised = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return name + ":" + (normalised.length() <= LONGEST_PLAIN_KEY ? normalised : "sha256:" + sha256(normalised));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
