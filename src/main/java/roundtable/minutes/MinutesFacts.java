package roundtable.minutes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * What the rendered minutes say about the meeting besides its content: which body, when and
 * where, the quorum its rule needed, and how the minutes were approved (either date may be null).
 */
public record MinutesFacts(String bodyName, String title, LocalDateTime startsAtLocal, ZoneId zone, String place,
        int quorumNeeded, LocalDate approvedOn, LocalDate approvedAtMeetingOn) {
}
