package roundtable.attendance;

/** A request's way from asked to arranged (or not). */
public enum RequestStatus {
    OPEN, ASSIGNED, CONFIRMED, UNABLE, CLOSED;

    public String messageKey() {
        return "rsvp.request.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
