package roundtable.meetings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** What the public may know of a closed meeting: that it happens, when, and of which body. */
public record ClosedMeeting(
        long id, long bodyId, LocalDateTime startsAtLocal, ZoneId zone, int durationMinutes, MeetingStatus status) {

    static ClosedMeeting of(Meeting m) {
        return new ClosedMeeting(
                m.getId(), m.getBodyId(), m.getStartsAtLocal(), m.getZone(), m.getDurationMinutes(), m.getStatus());
    }

    public ZonedDateTime startsAt() {
        return ZonedDateTime.ofLocal(startsAtLocal, zone, null);
    }
}
