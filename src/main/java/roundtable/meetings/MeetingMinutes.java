package roundtable.meetings;

import java.util.Optional;

/**
 * Where a meeting's published minutes can be read. The minutes feature builds on meetings, so it
 * provides this and the meeting page asks it, without meetings depending on minutes.
 */
public interface MeetingMinutes {

    /** The address of the published minutes of this meeting, if there are any yet. */
    Optional<String> publishedMinutesPath(long meetingId);
}
