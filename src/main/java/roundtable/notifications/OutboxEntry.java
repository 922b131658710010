package roundtable.notifications;

import java.time.Instant;

/** One message in the outbox, as an administrator sees it. */
public record OutboxEntry(long id, String recipient, String subject, EmailStatus status, int attempts,
        String lastError, Instant createdAt) {
}
