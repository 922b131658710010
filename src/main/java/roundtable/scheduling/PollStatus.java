package roundtable.scheduling;

import java.util.Locale;

/** OPEN takes answers until the deadline; DECIDED has become a meeting; CLOSED ended without one. */
public enum PollStatus {
    OPEN,
    DECIDED,
    CLOSED;

    public String messageKey() {
        return "poll.status." + name().toLowerCase(Locale.ROOT);
    }
}
