package roundtable.attendance;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Nightly, on one server, so what people told us about themselves is not kept longer than the policy says. */
@Component
class RequestRetention {

    private static final Logger log = LoggerFactory.getLogger(RequestRetention.class);

    private final AccessRequestRepository requests;
    private final Clock clock;

    RequestRetention(AccessRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${roundtable.attendance.retention-cron:0 15 3 * * *}",
            zone = "${roundtable.default-time-zone:America/Denver}")
    // At least 5 minutes: a server whose clock is a little behind must not run the night's job again.
    @SchedulerLock(name = "request-retention", lockAtLeastFor = "PT5M")
    @Transactional
    public void forgetOldParticulars() {
        int forgotten = forgetParticularsDue();
        if (forgotten > 0) {
            log.info("erased the particulars of {} access requests past their retention", forgotten);
        }
    }

    /**
     * Erases what people wrote about themselves (details, children's ages) once the policy's days
     * after their meeting have passed; what was asked for stays, for the counts.
     */
    @Transactional
    int forgetParticularsDue() {
        return requests.forgetParticularsBefore(clock.instant());
    }
}
