package roundtable.meetings;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Another meeting at an overlapping time: of the same body, or in the same room. The chair may accept it.
 * {@code title} is null for another body's closed meeting the chair may not see.
 */
public record MeetingConflict(long meetingId, long bodyId, String title, LocalDateTime startsAtLocal, Kind kind) {

    public enum Kind {
        SAME_BODY,
        SAME_ROOM;

        public String messageKey() {
            return "meeting.conflict." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
