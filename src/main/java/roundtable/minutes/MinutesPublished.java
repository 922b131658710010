package roundtable.minutes;

/**
 * Minutes were published for the first time (version {@code number} is 1): news for the body's
 * members and subscribers. A later version is announced by {@link MinutesAmended} instead.
 */
public record MinutesPublished(long minutesId, long bodyId, int number) {}
