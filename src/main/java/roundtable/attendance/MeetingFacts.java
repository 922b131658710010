package roundtable.attendance;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import roundtable.meetings.MeetingFormat;

/**
 * What every attendance email names about the meeting: what, when (with zone), where, how to join
 * online ({@code joinUrl} and {@code dialIn}, null for a meeting in person only), the interpretation
 * offered (language tags) and its page.
 */
public record MeetingFacts(
        long meetingId,
        String bodyName,
        String title,
        LocalDateTime startsAtLocal,
        String timeZone,
        int durationMinutes,
        MeetingFormat format,
        String location,
        String room,
        String meetingLink,
        String joinUrl,
        String dialIn,
        List<String> languagesOffered) {

    public ZonedDateTime startsAt() {
        return ZonedDateTime.ofLocal(startsAtLocal, ZoneId.of(timeZone), null);
    }
}
