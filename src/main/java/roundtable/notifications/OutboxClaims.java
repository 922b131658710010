package roundtable.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's bookkeeping, each step a short transaction of its own: claim the due messages
 * for one round of one server, record how each delivery went, hand back what the round did not
 * get to. No transaction, and so no row lock, is open while the SMTP server is talking.
 */
@Component
class OutboxClaims {

    private final OutboundEmailRepository emails;
    private final TransactionTemplate transactions;
    private final MailProperties settings;
    private final Clock clock;

    OutboxClaims(
            OutboundEmailRepository emails, TransactionTemplate transactions, MailProperties settings, Clock clock) {
        this.emails = emails;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Claims up to {@code limit} due messages under a name no other round uses; the rows are
     * locked only for the few milliseconds this takes. Returns them detached, ready to send.
     */
    List<OutboundEmail> claim(String claim, int limit) {
        return transactions.execute(tx -> {
            Instant now = clock.instant();
            List<Long> ids = emails.lockDue(now, limit);
            if (ids.isEmpty()) {
                return List.of();
            }
            emails.claim(ids, claim, now.plus(settings.lease()));
            return emails.findByClaimedByAndStatusOrderByNextAttemptAtAscIdAsc(claim, EmailStatus.SENDING);
        });
    }

    /**
     * Records what happened to one delivery, if the claim still holds. Empty when another
     * server took the message over because this one overran its lease.
     */
    Optional<OutboundEmail> record(long id, String claim, Consumer<OutboundEmail> outcome) {
        return transactions.execute(
                tx -> emails.findById(id).filter(e -> e.isClaimedBy(claim)).map(e -> {
                    outcome.accept(e);
                    return e;
                }));
    }

    /**
     * At start-up: hands back at once what this server ({@code server}) still held from an earlier run
     * that ended without handing it back (killed, machine lost), instead of leaving it to the lease.
     * A message of it the SMTP server had already accepted goes again, with the same Message-ID.
     */
    int releaseEarlierRuns(String server, String thisRun) {
        Integer released = transactions.execute(
                tx -> emails.releaseEarlierRuns(like(server) + "/%", like(server + "/" + thisRun) + "/%"));
        return released == null ? 0 : released;
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Hands back what the claim did not get to, except {@code keep}: messages handed to the SMTP
     * server whose outcome could not be recorded stay claimed until the lease runs out, rather
     * than being queued again at once and sent twice.
     */
    int release(String claim, Set<Long> keep) {
        List<Long> kept = keep.isEmpty() ? List.of(-1L) : List.copyOf(keep);
        Integer released = transactions.execute(tx -> emails.release(claim, kept));
        return released == null ? 0 : released;
    }
}
