package roundtable.attendance.requests;

import roundtable.attendance.RequestKind;
import roundtable.attendance.RequestStatus;

/** How many people asked for one kind of help in one language at one meeting, by the request's status. */
public record DemandCount(long meetingId, RequestKind kind, String language, RequestStatus status, long people) {}
