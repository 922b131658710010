package roundtable.notifications;

import java.time.Instant;

/** One message in the outbox, as an administrator sees it in the list. {@code lastAttemptAt} is null before the first try. */
public record OutboxEntry(
        long id,
        String recipient,
        String subject,
        EmailStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt) {}
