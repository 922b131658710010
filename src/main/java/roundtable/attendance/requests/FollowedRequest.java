package roundtable.attendance.requests;

import java.time.Instant;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.RequestKind;
import roundtable.attendance.RequestStatus;
import roundtable.attendance.Response;
import roundtable.base.i18n.Language;

/**
 * One request as the coordinator follows it, with who asked: a member by person id (their name and
 * address come from people, where an anonymised person has none) or a guest by what they gave.
 * Details and children's ages are null once the retention policy has erased them.
 *
 * @param waitlisted whether the person is waiting for a place rather than holding one
 */
public record FollowedRequest(
        long id,
        long version,
        long meetingId,
        RequestKind kind,
        String languageTag,
        InterpretationMode mode,
        AccommodationType accommodationType,
        String details,
        Integer childrenCount,
        String childrenAges,
        RequestStatus status,
        boolean late,
        Instant requestedAt,
        Long interpreterId,
        String unableReason,
        Requester requester,
        Response response,
        boolean waitlisted) {

    /** A member ({@code personId}) or a guest (name, address and the language to write to them in). */
    public record Requester(Long personId, String guestName, String guestEmail, Language guestLanguage) {

        public boolean guest() {
            return personId == null;
        }
    }

    /** Interpretation and translation go to someone on the roster; the rest are arranged directly. */
    public boolean needsInterpreter() {
        return kind == RequestKind.INTERPRETATION || kind == RequestKind.TRANSLATION;
    }
}
