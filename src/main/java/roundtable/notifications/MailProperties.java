package roundtable.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How hard the outbox tries before it gives a message up as dead. */
@ConfigurationProperties("roundtable.mail")
record MailProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetryDelay,
        @DefaultValue("25") int batchSize) {
}
