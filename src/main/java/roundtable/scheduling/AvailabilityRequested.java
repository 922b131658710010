package roundtable.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import roundtable.base.i18n.Language;

/**
 * Published when a chair sends a poll: each invitee is to be emailed their personal link,
 * in their language, with the times and the deadline. Carries all the mail needs, so the
 * notifications feature reads nothing back.
 */
public record AvailabilityRequested(long pollId, String bodyName, String title, String timeZone, Instant deadline,
        int durationMinutes, List<LocalDateTime> candidates, List<Invitee> invitees) {

    public record Invitee(long inviteeId, String name, String email, Language language, String link) {
    }
}
