package roundtable.base.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * "At most N in a window" per key (an address, an account), on Bucket4j token buckets.
 * Keys are kept in a bounded map so that a flood of made-up keys cannot exhaust memory;
 * forgetting the oldest key only ever lets someone try again sooner.
 */
public class AttemptLimiter {

    private static final int MAX_KEYS = 50_000;

    private final int allowed;
    private final Duration window;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    });

    public AttemptLimiter(int allowed, Duration window, Clock clock) {
        this.allowed = allowed;
        this.window = window;
        this.time = new ClockTimeMeter(clock);
    }

    /** True when the key has used up its attempts for now. */
    public boolean isExhausted(String key) {
        Bucket bucket = buckets.get(normalise(key));
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    /** Counts one attempt; false when none was left. */
    public boolean tryAcquire(String key) {
        return buckets.computeIfAbsent(normalise(key), k -> newBucket()).tryConsume(1);
    }

    public void forget(String key) {
        buckets.remove(normalise(key));
    }

    /** Gives back one attempt, for an attempt that turned out not to count (a successful sign-in). */
    public void refund(String key) {
        Bucket bucket = buckets.get(normalise(key));
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                // All attempts come back together once the window has passed, not one by one before it.
                .addLimit(Bandwidth.builder().capacity(allowed).refillIntervally(allowed, window).build())
                .withCustomTimePrecision(time)
                .build();
    }

    private static String normalise(String key) {
        return key == null ? "" : key.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
