package roundtable.attendance;

import java.util.Locale;

/** A request's way from asked to arranged (or not). */
public enum RequestStatus {
    OPEN,
    ASSIGNED,
    CONFIRMED,
    UNABLE,
    CLOSED;

    public String messageKey() {
        return "rsvp.request.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
