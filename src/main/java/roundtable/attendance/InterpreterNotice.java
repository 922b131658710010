package roundtable.attendance;

import java.util.List;

/**
 * What an interpreter on the roster is told: booked for a meeting, no longer needed, or the
 * meeting moved or was cancelled. Written in the district's default language: the roster keeps
 * no language preference for its interpreters.
 */
public record InterpreterNotice(long meetingId, long interpreterId, long sequence, Kind kind, String name,
        String email, MeetingFacts meeting, List<String> languageTags, long people, String joinLink, String dialIn,
        String reason) {

    public enum Kind {
        BOOKED, RELEASED, MEETING_CHANGED, MEETING_CANCELLED
    }
}
