package roundtable.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The outbox by state as gauges ({@code roundtable_mail_outbox{state="queued"}} on
 * /actuator/prometheus), counted in the database so they agree across servers and restarts,
 * unlike in-memory counters. One grouped query serves all states and is reused for a second,
 * so a scrape costs one query however often the gauges are read.
 */
@Component
class OutboxMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final OutboundEmailRepository emails;
    private volatile Map<EmailStatus, Long> counts = Map.of();
    private volatile Instant countedAt = Instant.MIN;

    OutboxMetrics(OutboundEmailRepository emails, MeterRegistry registry) {
        this.emails = emails;
        for (EmailStatus state : EmailStatus.values()) {
            Gauge.builder("roundtable.mail.outbox", this, m -> m.count(state))
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .description("Emails in the outbox in this state")
                    .register(registry);
        }
    }

    private double count(EmailStatus state) {
        Instant now = Instant.now();
        if (countedAt.plus(FRESH).isBefore(now)) {
            counts = countsFrom(emails.countPerStatus());
            countedAt = now;
        }
        return counts.getOrDefault(state, 0L);
    }

    static Map<EmailStatus, Long> countsFrom(List<Object[]> rows) {
        Map<EmailStatus, Long> counts = new EnumMap<>(EmailStatus.class);
        for (EmailStatus state : EmailStatus.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : rows) {
            counts.put((EmailStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
