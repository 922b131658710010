package roundtable.base;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events whose listener failed (a moment without the
 * database, a lost race): the change committed with its event, so the email it promises must
 * not wait for the next restart. Listeners are idempotent (each email has its key), so an
 * event handed twice — by two servers, or while a slow listener still runs — sends nothing twice.
 */
@Component
class EventRetry {

    private static final Logger log = LoggerFactory.getLogger(EventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventRetry(
            IncompleteEventPublications incomplete,
            @Value("${roundtable.events.retry-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(
            fixedDelayString = "${roundtable.events.retry-every:PT1M}",
            initialDelayString = "${roundtable.events.retry-every:PT1M}")
    // One server at a time hands events again; were two to, the emails' keys would still stop a second email.
    @SchedulerLock(name = "event-retry")
    public void retryFailedListeners() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("Could not hand failed events to their listeners again: {}", e.toString());
        }
    }
}
