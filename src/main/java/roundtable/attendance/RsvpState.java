package roundtable.attendance;

/** Where an RSVP stands. A guest's counts only once they have confirmed from the emailed link. */
public enum RsvpState {
    CONFIRMED, AWAITING_EMAIL_CONFIRMATION, WAITLISTED, CANCELLED;

    public String messageKey() {
        return "rsvp.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
