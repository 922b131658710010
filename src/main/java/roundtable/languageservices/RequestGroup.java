package roundtable.languageservices;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.RequestKind;
import roundtable.attendance.RequestStatus;

/**
 * Requests of one meeting for the same thing (Spanish interpretation, large print...), counted
 * without saying who asked. {@code interpreterNames} are those assigned so far.
 */
public record RequestGroup(
        String key,
        RequestKind kind,
        String languageTag,
        AccommodationType accommodationType,
        List<RequestRef> requests,
        Map<RequestStatus, Long> byStatus,
        Map<InterpretationMode, Long> byMode,
        long children,
        Instant oldestRequestedAt,
        long late,
        boolean needsAction,
        List<String> interpreterNames) {

    /** Interpretation and translation go to someone on the roster. */
    public boolean assignable() {
        return kind == RequestKind.INTERPRETATION || kind == RequestKind.TRANSLATION;
    }

    public long count() {
        return requests.size();
    }
}
