package roundtable.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;

/** The notifications feature's front door for administrators: what was promised, and what happened to it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class NotificationService {

    private final OutboundEmailRepository emails;
    private final AuditService audit;
    private final Clock clock;
    private final boolean embeddedServer;

    NotificationService(
            OutboundEmailRepository emails,
            AuditService audit,
            Clock clock,
            ObjectProvider<EmbeddedMailServer.EmbeddedMailboxes> embedded) {
        this.emails = emails;
        this.audit = audit;
        this.clock = clock;
        this.embeddedServer = embedded.getIfAvailable() != null;
    }

    /** True when no SMTP server is configured and mail goes to the embedded one, reaching nobody. */
    public boolean deliversToEmbeddedServer() {
        return embeddedServer;
    }

    /** Newest first; {@code state} null lists every message. */
    public List<OutboxEntry> outbox(EmailStatus state, int offset, int limit) {
        int size = Math.max(limit, 1);
        Pageable page = PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "id"));
        return (state == null ? emails.findAll(page) : emails.findByStatus(state, page))
                .stream()
                        .map(e -> new OutboxEntry(
                                e.getId(),
                                e.getRecipient(),
                                e.getSubject(),
                                e.getStatus(),
                                e.getAttempts(),
                                e.getLastError(),
                                e.getCreatedAt(),
                                e.getLastAttemptAt()))
                        .toList();
    }

    public long countOutbox(EmailStatus state) {
        return state == null ? emails.count() : emails.countByStatus(state);
    }

    public long count(EmailStatus status) {
        return emails.countByStatus(status);
    }

    /** Every state with its number of messages, zeros included, in one query. */
    public Map<EmailStatus, Long> counts() {
        return OutboxMetrics.countsFrom(emails.countPerStatus());
    }

    /**
     * Opens one message. Its text may carry a personal link (a sign-in link, an RSVP link), so
     * each opening is recorded in the audit trail.
     */
    @Transactional
    public Optional<OutboxMessage> message(long id) {
        return emails.findById(id).map(e -> {
            audit.record(new AuditEntry(
                    "outbox.message-read",
                    "outbound_email",
                    e.getId(),
                    null,
                    "Read the email to " + e.getRecipient() + ": " + e.getSubject(),
                    null,
                    null));
            return toMessage(e);
        });
    }

    /**
     * Every failed message is sent again, for instance once a misconfigured relay is mended:
     * one click, not one per message. Returns how many were queued.
     */
    @Transactional
    public int sendAllFailedAgain() {
        int queued = emails.requeueDead(clock.instant());
        if (queued > 0) {
            audit.record(new AuditEntry(
                    "outbox.send-all-again",
                    "outbound_email",
                    null,
                    null,
                    "Send again all " + queued + " failed emails",
                    null,
                    null));
        }
        return queued;
    }

    /** Queues a dead message, or one waiting for a retry, to be sent now; any other is refused. */
    @Transactional
    public OutboxMessage sendAgain(long id, long expectedVersion) {
        OutboundEmail email =
                emails.findById(id).orElseThrow(() -> new RuleViolationException("status", "outbox.sendAgain.gone"));
        if (email.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Email " + id + " changed since it was opened");
        }
        EmailStatus before = email.getStatus();
        if (!email.sendAgain(clock.instant())) {
            throw new RuleViolationException("status", "outbox.sendAgain.notNow");
        }
        audit.record(new AuditEntry(
                "outbox.send-again",
                "outbound_email",
                email.getId(),
                null,
                "Send again the email to " + email.getRecipient() + ": " + email.getSubject(),
                "status: " + before + "; attempts: " + email.getAttempts(),
                "status: " + email.getStatus()));
        return toMessage(emails.saveAndFlush(email));
    }

    /**
     * A message as an administrator reads it. With a real mail server the personal links in it are
     * masked (an administrator holding someone's sign-in link could act as them); with the embedded
     * demo server nobody else receives the mail, so the links are shown for the demo to go on.
     */
    private OutboxMessage toMessage(OutboundEmail e) {
        return new OutboxMessage(
                e.getId(),
                e.getVersion(),
                e.getRecipient(),
                e.getLanguage(),
                e.getSubject(),
                embeddedServer ? e.getTextBody() : PersonalLinkMask.mask(e.getTextBody()),
                e.getStatus(),
                e.getAttempts(),
                e.getLastError(),
                e.getCreatedAt(),
                e.getLastAttemptAt(),
                e.getNextAttemptAt(),
                e.getSentAt(),
                e.getClaimedBy());
    }
}
