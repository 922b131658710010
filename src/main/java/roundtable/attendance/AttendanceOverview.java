package roundtable.attendance;

import java.util.Map;

/**
 * What the chair sees about who is coming, without anyone's private details: answers by kind,
 * interpretation and translation by language with how far along they are, and counts of the rest.
 * Only requests still wanted (not closed) are counted.
 */
public record AttendanceOverview(
        Map<Response, Long> answers,
        long waiting,
        long awaitingEmail,
        Map<String, Map<RequestStatus, Long>> interpretation,
        Map<String, Long> translation,
        Map<AccommodationType, Long> accommodations,
        long children,
        long loaners,
        long lateRequests) {}
