package roundtable.minutes;

import java.time.Instant;
import java.time.LocalDate;

public record MinutesSummary(long id, long bodyId, long meetingId, String title, LocalDate meetingDate,
        MinutesStatus status, String contentHtml, Instant publishedAt) {

    static MinutesSummary of(MinutesDocument m) {
        return new MinutesSummary(m.getId(), m.getBodyId(), m.getMeetingId(), m.getTitle(), m.getMeetingDate(),
                m.getStatus(), m.getContentHtml(), m.getPublishedAt());
    }
}
