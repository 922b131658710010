package roundtable.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import roundtable.IntegrationTest;
import roundtable.TestClock;

/**
 * Limits kept in the database: two servers (two {@link AttemptLimits} on one database) count the
 * same attempts, a restart (a new one) forgets none, and time is the clock tests can move.
 */
@IntegrationTest
class SharedAttemptLimitsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private AttemptLimiter server(String name) {
        return new AttemptLimits(dataSource, clock).limiter(name, 5, Duration.ofMinutes(15));
    }

    @Test
    void fiveAttemptsExhaustAKeyUntilTheWholeWindowHasPassed() {
        AttemptLimiter limiter = server("test.window");
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.isExhausted("dana@example.org")).isFalse();
            assertThat(limiter.tryAcquire("dana@example.org")).isTrue();
        }
        assertThat(limiter.isExhausted("dana@example.org")).isTrue();
        assertThat(limiter.tryAcquire("dana@example.org")).isFalse();

        clock.advance(Duration.ofMinutes(3));
        assertThat(limiter.isExhausted("dana@example.org"))
                .as("no attempt trickles back early")
                .isTrue();
        clock.advance(Duration.ofMinutes(12));
        assertThat(limiter.tryAcquire("dana@example.org")).isTrue();
    }

    @Test
    void twoServersCountTheSameAttemptsAndARestartForgetsNone() {
        AttemptLimiter a = server("test.shared");
        AttemptLimiter b = server("test.shared");
        for (int i = 0; i < 3; i++) {
            assertThat(a.tryAcquire("10.0.0.1")).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(b.tryAcquire("10.0.0.1")).isTrue();
        }
        assertThat(a.tryAcquire("10.0.0.1"))
                .as("five in all, whichever server took them")
                .isFalse();
        assertThat(server("test.shared").tryAcquire("10.0.0.1"))
                .as("after a restart")
                .isFalse();
        assertThat(server("test.other").tryAcquire("10.0.0.1"))
                .as("another limit's keys are its own")
                .isTrue();
    }

    @Test
    void keysAreCountedApartWithoutRegardToCaseAndHugeKeysAreStoredByTheirHash() {
        AttemptLimiter limiter = server("test.keys");
        String huge = "x".repeat(10_000) + "@example.org";
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("Dana@Example.org ");
            limiter.tryAcquire(huge);
        }
        assertThat(limiter.isExhausted("dana@example.org")).isTrue();
        assertThat(limiter.isExhausted(huge.toUpperCase())).isTrue();
        assertThat(limiter.isExhausted("sam@example.org")).isFalse();
    }

    @Test
    void aRefundedAttemptCanBeUsedAgainAndAForgottenKeyStartsAfresh() {
        AttemptLimiter limiter = server("test.refund");
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("b");
            limiter.tryAcquire("a");
        }
        limiter.refund("b");
        assertThat(limiter.tryAcquire("b")).isTrue();
        assertThat(limiter.tryAcquire("b")).isFalse();
        limiter.forget("a");
        assertThat(limiter.isExhausted("a")).isFalse();
    }

    @Test
    void bucketsWhoseWindowHasPassedAreDeleted() {
        AttemptLimits limits = new AttemptLimits(dataSource, clock);
        limits.limiter("test.cleanup", 5, Duration.ofMinutes(15)).tryAcquire("old@example.org");
        assertThat(rows("test.cleanup:%")).isEqualTo(1);
        limits.forgetExpired();
        assertThat(rows("test.cleanup:%")).as("still counting").isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        assertThat(limits.forgetExpired()).isPositive();
        assertThat(rows("test.cleanup:%")).isZero();
    }

    private int rows(String pattern) {
        return jdbc.queryForObject(
                "select count(*) from rate_limit_bucket where bucket_key like ?", Integer.class, pattern);
    }
}
