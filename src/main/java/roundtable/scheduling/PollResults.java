package roundtable.scheduling;

import java.time.Instant;
import java.util.List;

/** Everything the chair needs to choose: who answered, and the candidates ranked with reasons. */
public record PollResults(
        PollSummary poll,
        String bodyName,
        boolean takesAnswers,
        List<InviteeStatus> invitees,
        List<RankedCandidate> ranking,
        Long chosenCandidateId) {

    /** An invitee as the chair sees them: a name and whether (and when) they answered. */
    public record InviteeStatus(String name, boolean guest, Instant answeredAt) {

        public boolean answered() {
            return answeredAt != null;
        }
    }
}
