package roundtable.base.security;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where rate limits come from: every limiter keeps its buckets in the database (decision 0020), so
 * the limits hold across servers and restarts. Buckets that are full again are deleted hourly.
 */
@Component
public class AttemptLimits {

    private static final Logger log = LoggerFactory.getLogger(AttemptLimits.class);

    private final DatabaseBuckets buckets;

    AttemptLimits(DataSource dataSource, Clock clock) {
        this.buckets = new DatabaseBuckets(dataSource, new ClockTimeMeter(clock));
    }

    /** A limiter allowing {@code allowed} attempts per key in each {@code window}; the name must be unique. */
    public AttemptLimiter limiter(String name, int allowed, Duration window) {
        return new AttemptLimiter(buckets, name, allowed, window);
    }

    /** Deletes the buckets whose window has passed; returns how many. */
    public int forgetExpired() {
        return buckets.deleteExpired();
    }

    @Scheduled(
            fixedDelayString = "${roundtable.rate-limits.cleanup-every:PT1H}",
            initialDelayString = "${roundtable.rate-limits.cleanup-every:PT1H}")
    @SchedulerLock(name = "rate-limit-cleanup")
    public void scheduledCleanup() {
        int forgotten = forgetExpired();
        if (forgotten > 0) {
            log.info("forgot {} rate-limit buckets whose window had passed", forgotten);
        }
    }
}
