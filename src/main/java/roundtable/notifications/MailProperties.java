package roundtable.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard the outbox tries before it gives a message up as dead (and the longest it waits
 * between two tries), how often it looks for work, how long it waits at most before asking an
 * SMTP server that could not be reached again, and how long a server's claim on the messages it
 * is sending holds (after that another server may take them over, as it would from a server
 * that died). The lease must outlast a slow message by far: it is at least two minutes.
 */
@ConfigurationProperties("roundtable.mail")
record MailProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetryDelay,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT2S") Duration pollInterval,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("PT1H") Duration longestRetryDelay,
        @DefaultValue("PT1M") Duration longestOutagePause) {

    /** Half the lease is the most a message may take; a few timeouts in a row must fit in it. */
    static final Duration SHORTEST_LEASE = Duration.ofMinutes(2);

    MailProperties {
        if (lease.compareTo(SHORTEST_LEASE) < 0) {
            throw new IllegalArgumentException("roundtable.mail.lease must be at least " + SHORTEST_LEASE
                    + ", or a slow message could be sent by two servers; it is " + lease);
        }
    }
}
