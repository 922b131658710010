package roundtable.attendance;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import roundtable.meetings.MeetingFormat;

/** What every attendance email names about the meeting: what, when (with zone), where, and its page. */
public record MeetingFacts(long meetingId, String bodyName, String title, LocalDateTime startsAtLocal, String timeZone,
        int durationMinutes, MeetingFormat format, String location, String room, String meetingLink) {

    public ZonedDateTime startsAt() {
        return ZonedDateTime.ofLocal(startsAtLocal, ZoneId.of(timeZone), null);
    }
}
