package roundtable.minutes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the rendered minutes say about the meeting besides its content: which body, when and
 * where, the quorum its rule needed, and how the minutes were approved (either date may be null).
 * {@code unnamed} are the members who have not agreed to be named in public: the record shows
 * their seat instead, as the public roster does.
 */
public record MinutesFacts(
        String bodyName,
        String title,
        LocalDateTime startsAtLocal,
        ZoneId zone,
        String place,
        int quorumNeeded,
        LocalDate approvedOn,
        LocalDate approvedAtMeetingOn,
        Set<Long> unnamed) {

    public MinutesFacts {
        unnamed = unnamed == null ? Set.of() : Set.copyOf(unnamed);
    }
}
