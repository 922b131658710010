package roundtable.meetings;

/**
 * The one person an emailed calendar is for. {@code accepted} says they have already said they
 * are coming, so their calendar shows the meeting as accepted rather than asking them.
 */
public record CalendarAttendee(String email, String name, boolean accepted) {}
