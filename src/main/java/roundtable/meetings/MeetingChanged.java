package roundtable.meetings;

import java.time.LocalDateTime;

/**
 * Published when a scheduled meeting changes; {@code sequence} is the new iCalendar SEQUENCE, so
 * updates sent to calendars replace the old entry. {@code whenOrWhereChanged} says whether the time,
 * length, format, place or join details moved (people who planned around them must hear), as
 * opposed to a corrected title or description.
 */
public record MeetingChanged(
        long meetingId, long bodyId, LocalDateTime previousStart, int sequence, boolean whenOrWhereChanged) {}
