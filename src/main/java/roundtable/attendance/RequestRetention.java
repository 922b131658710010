package roundtable.attendance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Nightly, on one server, so what people told us about themselves is not kept longer than the policy says. */
@Component
class RequestRetention {

    private static final Logger log = LoggerFactory.getLogger(RequestRetention.class);

    private final AttendanceService attendance;

    RequestRetention(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @Scheduled(cron = "${roundtable.attendance.retention-cron:0 15 3 * * *}", zone = "${roundtable.default-time-zone:America/Denver}")
    // At least 5 minutes: a server whose clock is a little behind must not run the night's job again.
    @SchedulerLock(name = "request-retention", lockAtLeastFor = "PT5M")
    public void forgetOldParticulars() {
        int forgotten = attendance.forgetOldParticulars();
        if (forgotten > 0) {
            log.info("erased the particulars of {} access requests past their retention", forgotten);
        }
    }
}
