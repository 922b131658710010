package roundtable.scheduling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import roundtable.meetings.MeetingPlace;

/**
 * What a chair fills in to find a time. Times and the deadline are wall-clock times in the body's
 * zone; {@code place} (format, address, room, access notes, join link, dial-in, languages interpreted)
 * becomes the meeting's when a time is chosen.
 */
public record PollProposal(
        String title,
        int durationMinutes,
        MeetingPlace place,
        boolean publicMeeting,
        List<LocalDateTime> candidates,
        Set<Long> invitedMemberIds,
        List<String> extraEmails,
        LocalDateTime deadline) {

    public PollProposal {
        candidates = candidates == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(candidates));
        invitedMemberIds = invitedMemberIds == null ? Set.of() : Set.copyOf(invitedMemberIds);
        extraEmails = extraEmails == null ? List.of() : List.copyOf(extraEmails);
    }
}
