package roundtable.attendance;

import java.util.Locale;

/** Accessibility accommodations the district offers. */
public enum AccommodationType {
    CAPTIONING,
    LARGE_PRINT,
    WHEELCHAIR,
    ASSISTIVE_LISTENING,
    OTHER;

    /** Only of use at the meeting place: seating and the room's listening system. */
    public boolean inTheRoom() {
        return this == WHEELCHAIR || this == ASSISTIVE_LISTENING;
    }

    public String messageKey() {
        return "rsvp.accommodation." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
