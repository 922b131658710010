package roundtable.meetings;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * When a meeting happens and whether it still does: no more than the public calendar says of any
 * meeting, closed ones included. For reports that count by month without reading meetings whole.
 */
public record MeetingTime(long id, LocalDateTime startsAtLocal, ZoneId zone, MeetingStatus status) {

    /** The month on the meeting's own calendar: its local date in its own zone, wherever the reader is. */
    public YearMonth month() {
        return YearMonth.from(startsAtLocal);
    }
}
