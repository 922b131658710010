package roundtable.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A job that sends what the clock has made due (meeting reminders, poll deadlines). Every server
 * runs it, every {@code roundtable.reminders.interval}; each reminder is claimed once in the
 * database, so running it twice, or on two servers at once, sends nothing twice.
 */
public abstract class ReminderJob {

    private final Logger log = LoggerFactory.getLogger(getClass());

    @Scheduled(
            fixedDelayString = "${roundtable.reminders.interval:PT5M}",
            initialDelayString = "${roundtable.reminders.interval:PT5M}")
    public void onSchedule() {
        int people = sendDue();
        if (people > 0) {
            log.info("reminded {} people", people);
        }
    }

    /** Sends every reminder now due; returns how many people were reminded. */
    protected abstract int sendDue();
}
