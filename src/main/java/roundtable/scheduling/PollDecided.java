package roundtable.scheduling;

import java.time.LocalDateTime;
import roundtable.base.i18n.Language;
import roundtable.meetings.MeetingFormat;

/**
 * Published for each invitee when a chair chooses a time: they are to be told when and where,
 * with the meeting's page. One event per invitee, like {@link AvailabilityRequested}.
 */
public record PollDecided(
        long pollId,
        long meetingId,
        long inviteeId,
        String name,
        String email,
        Language language,
        String bodyName,
        String title,
        LocalDateTime startsAt,
        String timeZone,
        int durationMinutes,
        MeetingFormat format,
        String location,
        String meetingLink) {}
