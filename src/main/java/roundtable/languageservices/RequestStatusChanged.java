package roundtable.languageservices;

import roundtable.attendance.AccommodationType;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.RequestKind;
import roundtable.attendance.RequestStatus;
import roundtable.base.i18n.Language;

/**
 * The coordinator moved someone's request on (being arranged, confirmed, or could not be
 * arranged, with the reason): the requester is told in their language.
 */
public record RequestStatusChanged(
        long requestId,
        long version,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        RequestKind kind,
        String languageTag,
        InterpretationMode mode,
        AccommodationType accommodationType,
        RequestStatus status,
        String unableReason) {}
