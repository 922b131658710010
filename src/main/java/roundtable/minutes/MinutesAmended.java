package roundtable.minutes;

/** A correction was published: version {@code number} (2 or more) replaces the one before, for {@code reason}. */
public record MinutesAmended(long minutesId, long bodyId, int number, String reason) {}
