package roundtable.scheduling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import roundtable.committees.AccessibleTimeRules;

/**
 * One candidate time as the chair sees it once ranked. Needs (interpretation by language,
 * childcare, joining online) count only the invitees who could come at that time.
 */
public record RankedCandidate(
        long candidateId,
        LocalDateTime start,
        int rank,
        int yes,
        int ifNeedBe,
        int no,
        int noAnswer,
        int votingAvailable,
        int quorumNeeded,
        List<String> missingConstituencies,
        Map<String, Integer> interpretation,
        int childcare,
        int online,
        List<AccessibleTimeRules.Breach> breaches,
        Reason rankReason,
        List<Reason> reasons) {

    public boolean quorumReached() {
        return votingAvailable >= quorumNeeded;
    }

    public boolean keepsTimeRules() {
        return breaches.isEmpty();
    }
}
