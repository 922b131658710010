package roundtable.minutes;

import java.time.Instant;
import java.time.LocalDate;

/** A published record in lists (home page, a body's page): its current version's html and when that was published. */
public record MinutesSummary(
        long id,
        long bodyId,
        long meetingId,
        String title,
        LocalDate meetingDate,
        MinutesStatus status,
        String contentHtml,
        Instant publishedAt) {

    static MinutesSummary of(MinutesDocument m, PublishedMinutes current) {
        return new MinutesSummary(
                m.getId(),
                m.getBodyId(),
                m.getMeetingId(),
                m.getTitle(),
                m.getMeetingDate(),
                m.getStatus(),
                current.html(),
                current.publishedAt());
    }
}
