package roundtable.scheduling;

import java.time.Instant;
import java.time.ZoneId;

/** A poll in a body's list. */
public record PollSummary(
        long id,
        long version,
        long bodyId,
        String title,
        PollStatus status,
        Instant deadline,
        ZoneId zone,
        int durationMinutes,
        int invited,
        int answered,
        Long meetingId) {

    static PollSummary of(Poll p) {
        return new PollSummary(
                p.getId(),
                p.getVersion(),
                p.getBodyId(),
                p.getTitle(),
                p.getStatus(),
                p.getDeadline(),
                p.getZone(),
                p.getDurationMinutes(),
                p.getInvitees().size(),
                (int) p.getInvitees().stream()
                        .filter(i -> i.getAnsweredAt() != null)
                        .count(),
                p.getMeetingId());
    }
}
