package roundtable.notifications;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records emails to send. Joins the caller's transaction, so a rolled-back change sends nothing. */
@Service
class EmailOutbox {

    private final OutboundEmailRepository emails;
    private final Clock clock;

    EmailOutbox(OutboundEmailRepository emails, Clock clock) {
        this.emails = emails;
        this.clock = clock;
    }

    /** Queues the message once per key; a second call with the same key is ignored. */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean queue(String idempotencyKey, RenderedEmail email) {
        if (emails.existsByIdempotencyKey(idempotencyKey)) {
            return false;
        }
        emails.save(new OutboundEmail(idempotencyKey, email, clock.instant()));
        return true;
    }
}
