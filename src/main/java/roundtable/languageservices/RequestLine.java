package roundtable.languageservices;

import java.time.Instant;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.RequestKind;
import roundtable.attendance.RequestStatus;
import roundtable.attendance.Response;

/**
 * One request with who asked and what they wrote: private to coordinators and admins, and each
 * reading of it is in the audit trail. Details are null once anonymised after the meeting.
 */
public record RequestLine(
        long id,
        long version,
        String requesterName,
        String requesterEmail,
        boolean guest,
        Response response,
        boolean waitlisted,
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
        String interpreterName,
        String unableReason) {

    public RequestRef ref() {
        return new RequestRef(id, version, status, interpreterName != null);
    }
}
