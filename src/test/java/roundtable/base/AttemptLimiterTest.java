package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import roundtable.TestClock;
import roundtable.base.security.AttemptLimiter;

class AttemptLimiterTest {

    private final TestClock clock = new TestClock();
    private final AttemptLimiter limiter = new AttemptLimiter(5, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresExhaustAnAccountUntilTheWindowHasPassed() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.isExhausted("dana@example.org")).isFalse();
            assertThat(limiter.tryAcquire("dana@example.org")).isTrue();
        }
        assertThat(limiter.isExhausted("dana@example.org")).isTrue();
        assertThat(limiter.tryAcquire("dana@example.org")).isFalse();

        clock.advance(Duration.ofMinutes(3));
        assertThat(limiter.isExhausted("dana@example.org")).as("no attempt trickles back early").isTrue();
        clock.advance(Duration.ofMinutes(12));
        assertThat(limiter.isExhausted("dana@example.org")).isFalse();
    }

    @Test
    void keysAreCountedApartAndWithoutRegardToCase() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("Dana@Example.org ");
        }
        assertThat(limiter.isExhausted("dana@example.org")).isTrue();
        assertThat(limiter.isExhausted("sam@example.org")).isFalse();
    }

    @Test
    void aRefundedAttemptCanBeUsedAgain() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("b");
        }
        limiter.refund("b");
        assertThat(limiter.tryAcquire("b")).isTrue();
        assertThat(limiter.tryAcquire("b")).isFalse();
    }

    @Test
    void forgettingAKeyStartsItAfresh() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("a");
        }
        limiter.forget("a");
        assertThat(limiter.isExhausted("a")).isFalse();
    }
}
