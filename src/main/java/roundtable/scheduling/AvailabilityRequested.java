package roundtable.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import roundtable.base.i18n.Language;

/**
 * Published for each invitee when a chair sends a poll: they are to be emailed their personal
 * link, in their language, with the times and the deadline. One event per invitee keeps each
 * stored publication small however many are asked, and carries all the mail needs. {@code reminder}
 * says the deadline is near and this invitee has not answered yet: the same email, said as a reminder.
 */
public record AvailabilityRequested(
        long pollId,
        long inviteeId,
        String name,
        String email,
        Language language,
        String link,
        String bodyName,
        String title,
        String timeZone,
        Instant deadline,
        int durationMinutes,
        List<LocalDateTime> candidates,
        boolean reminder) {}
