package roundtable.notifications;

import java.time.Instant;

/**
 * One message opened by an administrator: what was (or will be) sent and what happened to it.
 * {@code claimedBy} names the server sending it while it is SENDING.
 */
public record OutboxMessage(
        long id,
        long version,
        String recipient,
        String language,
        String subject,
        String text,
        EmailStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String claimedBy) {

    /** Dead messages start over; ones waiting for a retry are tried at once. Sent ones are never sent twice. */
    public boolean canSendAgain() {
        return status == EmailStatus.DEAD || status == EmailStatus.RETRYING;
    }
}
