package roundtable.notifications;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.SystemUse;

/** Records emails to send. Joins the caller's transaction, so a rolled-back change sends nothing. */
@Service
class EmailOutbox {

    private final OutboundEmailRepository emails;
    private final Clock clock;
    private final EntityManager entities;

    EmailOutbox(OutboundEmailRepository emails, Clock clock, EntityManager entities) {
        this.emails = emails;
        this.clock = clock;
        this.entities = entities;
    }

    /** Queues the message once per key; a second call with the same key is ignored. */
    @SystemUse(reason = "mailers and listeners queue what their own feature decided to send")
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean queue(String idempotencyKey, RenderedEmail email) {
        if (emails.existsByIdempotencyKey(idempotencyKey)) {
            return false;
        }
        OutboundEmail queued = emails.saveAndFlush(new OutboundEmail(idempotencyKey, email, clock.instant()));
        // Written and let go: a fan-out to thousands of subscribers must not keep every email (each with
        // the whole minutes in it) in memory, nor check them all for changes before each next query.
        entities.detach(queued);
        return true;
    }
}
