package roundtable.notifications;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly, on one server, the words of delivered mail older than {@code MAIL_BODIES_KEPT_DAYS} are emptied: they
 * hold personal links and what people told us, and once delivered they are needed only for a
 * while (to answer "did you send it?"). Recipient, subject, state and dates stay.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final OutboundEmailRepository emails;
    private final Clock clock;
    private final Duration keep;

    OutboxRetention(
            OutboundEmailRepository emails, Clock clock, @Value("${roundtable.mail.bodies-kept-days:30}") int days) {
        this.emails = emails;
        this.clock = clock;
        this.keep = Duration.ofDays(days);
    }

    @Scheduled(
            cron = "${roundtable.mail.retention-cron:0 25 3 * * *}",
            zone = "${roundtable.default-time-zone:America/Denver}")
    @SchedulerLock(name = "outbox-retention", lockAtLeastFor = "PT5M")
    public void nightly() {
        // The query is transactional in the repository, so this call through "this" needs no proxy.
        forgetOldBodies();
    }

    @Transactional
    public int forgetOldBodies() {
        int forgotten = emails.forgetBodiesSentBefore(clock.instant().minus(keep));
        if (forgotten > 0) {
            log.info("emptied the text of {} emails delivered more than {} ago", forgotten, keep);
        }
        return forgotten;
    }
}
