package roundtable.minutes;

import java.time.LocalDate;
import java.util.Set;

/**
 * The minutes as their editor works on them: the working copy, where it stands in the workflow,
 * the quorum the body's rule needed, and what the signed-in person may do next.
 * {@code currentNumber} is the published version the public reads (0: none yet);
 * {@code amendmentReason} is set while a correction is drafted; {@code unnamedInPublic} are the
 * members the published minutes will show by seat, having not agreed to be named.
 */
public record MinutesDraft(
        long minutesId,
        long version,
        long meetingId,
        long bodyId,
        String title,
        LocalDate meetingDate,
        MinutesStatus status,
        MinutesContent content,
        int quorumNeeded,
        int currentNumber,
        String amendmentReason,
        Long approvalMeetingId,
        boolean mayApprove,
        Set<Long> unnamedInPublic) {

    public MinutesDraft {
        unnamedInPublic = unnamedInPublic == null ? Set.of() : Set.copyOf(unnamedInPublic);
    }

    public MinutesQuorum quorum() {
        return MinutesQuorum.of(content.attendance(), quorumNeeded);
    }
}
