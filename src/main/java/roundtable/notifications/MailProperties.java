package roundtable.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard the outbox tries before it gives a message up as dead, how often it looks for
 * work, and how long a server's claim on the messages it is sending holds (after that another
 * server may take them over, as it would from a server that died).
 */
@ConfigurationProperties("roundtable.mail")
record MailProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetryDelay,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT2S") Duration pollInterval,
        @DefaultValue("PT5M") Duration lease) {
}
