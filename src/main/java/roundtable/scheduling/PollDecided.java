package roundtable.scheduling;

import java.time.LocalDateTime;
import java.util.List;

import roundtable.base.i18n.Language;
import roundtable.meetings.MeetingFormat;

/** Published when a chair chooses a time: every invitee is told when and where, with the meeting's page. */
public record PollDecided(long pollId, long meetingId, String bodyName, String title, LocalDateTime startsAt,
        String timeZone, int durationMinutes, MeetingFormat format, String location, String meetingLink,
        List<Recipient> recipients) {

    public record Recipient(String name, String email, Language language) {
    }
}
