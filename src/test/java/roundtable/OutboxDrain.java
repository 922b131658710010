package roundtable;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import roundtable.notifications.NotificationService;
import roundtable.notifications.OutboxTestSupport;

/**
 * Lets everything a test set going finish before it looks or leaves: the listeners that run after
 * commit on other threads (an event's publication stays open until its listener is done), then the
 * mail they queued, delivered now on the test's own thread through the app's sender rather than on
 * the sender's next round. Fails, naming what is still open, when that does not happen in time.
 */
public final class OutboxDrain {

    /** Publications handed to a listener that has not finished; a listener that failed waits for EventRetry, not for us. */
    private static final String OPEN_EVENTS = "select count(*) from event_publication where completion_date is null"
            + " and (status is null or status <> 'FAILED')";
    /** What the sender would send now, or is sending; retries due later are not waited for. */
    private static final String DUE_MAIL = "select count(*) from outbound_email where status = 'SENDING'"
            + " or (status in ('QUEUED', 'RETRYING') and next_attempt_at <= ?)";

    private OutboxDrain() {}

    /** As {@link #await(Duration)}; the arguments are those of earlier callers, which the drain no longer needs. */
    public static void await(NotificationService notifications, JdbcTemplate jdbc, Duration within) {
        await(within);
    }

    /** Waits for open event listeners and delivers every message due now, within this time or fails. */
    public static void await(Duration within) {
        ApplicationContext app = ActiveContext.get();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Clock clock = app.getBean(Clock.class);
        try {
            Awaitility.await()
                    .atMost(within)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20))
                    .pollInSameThread()
                    .until(() -> {
                        if (count(jdbc, OPEN_EVENTS) > 0) {
                            return false;
                        }
                        OutboxTestSupport.deliverDueNow(app);
                        return count(jdbc, OPEN_EVENTS) == 0 && count(jdbc, DUE_MAIL, now(clock)) == 0;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "Not quiet within " + within + "; open events: "
                            + jdbc.queryForList(
                                    "select event_type, status from event_publication where completion_date is null")
                            + "; mail: "
                            + jdbc.queryForList("select recipient, status, next_attempt_at, claimed_by from"
                                    + " outbound_email where status in ('QUEUED', 'SENDING', 'RETRYING')"),
                    e);
        }
    }

    private static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
