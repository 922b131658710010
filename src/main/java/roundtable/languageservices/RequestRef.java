package roundtable.languageservices;

import roundtable.attendance.RequestStatus;

/**
 * A request as the coordinator last saw it: the version catches a change made meanwhile, and the
 * status and interpreter let a bulk action pick the requests it applies to.
 */
public record RequestRef(long id, long version, RequestStatus status, boolean hasInterpreter) {}
