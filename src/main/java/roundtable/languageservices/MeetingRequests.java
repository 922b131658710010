package roundtable.languageservices;

import java.time.LocalDate;
import java.util.List;
import roundtable.attendance.MeetingFacts;

/**
 * One upcoming meeting's requests, grouped. {@code arrangeBy} is the last day the lead-time policy
 * allows for arranging; after it, whatever is not confirmed is overdue.
 */
public record MeetingRequests(
        MeetingFacts meeting, boolean publicMeeting, LocalDate arrangeBy, boolean overdue, List<RequestGroup> groups) {}
