package roundtable.languageservices;

import java.util.List;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.RequestKind;
import roundtable.attendance.requests.FollowedRequest;

/**
 * What an interpreter on the roster is told: booked for a meeting, no longer needed, or the
 * meeting moved or was cancelled. Written in the district's default language: the roster keeps
 * no language preference for its interpreters.
 *
 * @param needs what they are booked for there, each language with how they work in it
 */
public record InterpreterNotice(
        long meetingId,
        long interpreterId,
        long sequence,
        Kind kind,
        String name,
        String email,
        MeetingFacts meeting,
        List<Need> needs,
        long people,
        String joinLink,
        String dialIn,
        String reason) {

    public enum Kind {
        BOOKED,
        RELEASED,
        MEETING_CHANGED,
        MEETING_CANCELLED
    }

    /** One language and how to work in it: in the room, online or by phone; {@code mode} null is written translation. */
    public record Need(String languageTag, InterpretationMode mode) {}

    /** Each language and mode the requests ask for, once, in the order asked. */
    static List<Need> needsOf(List<FollowedRequest> requests) {
        return requests.stream()
                .filter(r -> r.languageTag() != null)
                .map(r -> new Need(r.languageTag(), r.kind() == RequestKind.TRANSLATION ? null : r.mode()))
                .distinct()
                .toList();
    }
}
