package roundtable.scheduling;

import java.util.Locale;

/** An invitee's answer for one candidate time. */
public enum Availability {
    YES,
    IF_NEED_BE,
    NO;

    public boolean canCome() {
        return this != NO;
    }

    public String messageKey() {
        return "poll.availability." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
