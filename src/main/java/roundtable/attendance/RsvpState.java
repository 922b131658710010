package roundtable.attendance;

import java.util.Locale;

/** Where an RSVP stands. A guest's counts only once they have confirmed from the emailed link. */
public enum RsvpState {
    CONFIRMED,
    AWAITING_EMAIL_CONFIRMATION,
    WAITLISTED,
    CANCELLED;

    public String messageKey() {
        return "rsvp.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
