package roundtable.meetings;

import java.time.LocalDateTime;

/**
 * Published when a scheduled meeting's time, place or join details change; {@code sequence} is the
 * new iCalendar SEQUENCE, so updates sent to calendars replace the old entry.
 */
public record MeetingChanged(long meetingId, long bodyId, LocalDateTime previousStart, int sequence) {
}
