package roundtable.scheduling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import roundtable.meetings.MeetingFormat;

/**
 * What a chair fills in to find a time. Times and the deadline are wall-clock times in the
 * body's zone; {@code format}, {@code location} and {@code onlineUrl} become the meeting's when a time is chosen.
 */
public record PollProposal(String title, int durationMinutes, MeetingFormat format, String location,
        boolean publicMeeting, List<LocalDateTime> candidates, Set<Long> invitedMemberIds, List<String> extraEmails,
        LocalDateTime deadline, String onlineUrl) {

    /** A proposal for a meeting without a join link (in person). */
    public PollProposal(String title, int durationMinutes, MeetingFormat format, String location, boolean publicMeeting,
            List<LocalDateTime> candidates, Set<Long> invitedMemberIds, List<String> extraEmails, LocalDateTime deadline) {
        this(title, durationMinutes, format, location, publicMeeting, candidates, invitedMemberIds, extraEmails, deadline,
                null);
    }

    public PollProposal {
        candidates = candidates == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(candidates));
        invitedMemberIds = invitedMemberIds == null ? Set.of() : Set.copyOf(invitedMemberIds);
        extraEmails = extraEmails == null ? List.of() : List.copyOf(extraEmails);
    }
}
