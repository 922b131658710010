package roundtable.subscriptions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly, on one server: addresses asked for and never confirmed are forgotten (see the service). */
@Component
class UnconfirmedRetention {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedRetention.class);

    private final SubscriptionRequests requests;

    UnconfirmedRetention(SubscriptionRequests requests) {
        this.requests = requests;
    }

    @Scheduled(
            cron = "${roundtable.subscriptions.retention-cron:0 35 3 * * *}",
            zone = "${roundtable.default-time-zone:America/Denver}")
    @SchedulerLock(name = "subscription-retention", lockAtLeastFor = "PT5M")
    public void forgetUnconfirmed() {
        int forgotten = requests.forgetUnconfirmed();
        if (forgotten > 0) {
            log.info("forgot {} subscription requests never confirmed", forgotten);
        }
    }
}
