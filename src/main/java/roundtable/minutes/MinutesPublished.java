package roundtable.minutes;

/** Published minutes are news: subscribers are told by the notifications feature. */
public record MinutesPublished(long minutesId, long bodyId) {
}
