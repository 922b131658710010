package roundtable.minutes;

/** A person added or replaced the translation of published minutes into {@code language}: what the public reads changed. */
public record MinutesTranslated(long minutesId, String language) {}
