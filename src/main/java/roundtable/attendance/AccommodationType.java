package roundtable.attendance;

/** Accessibility accommodations the district offers. */
public enum AccommodationType {
    CAPTIONING, LARGE_PRINT, WHEELCHAIR, ASSISTIVE_LISTENING, OTHER;

    public String messageKey() {
        return "rsvp.accommodation." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
