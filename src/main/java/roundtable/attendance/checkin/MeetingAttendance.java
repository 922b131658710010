package roundtable.attendance.checkin;

import java.time.Instant;
import java.util.List;

/**
 * Who was present at a meeting, for its minutes: each person checked in (with their person id
 * when they have an account; {@code name} is null for a former member whose data was erased),
 * and the headcount with the quorum figure.
 */
public record MeetingAttendance(long meetingId, List<Present> present, Headcount headcount) {

    public record Present(
            Long personId,
            String name,
            AttendeeKind kind,
            boolean votingMember,
            AttendanceMode mode,
            Instant checkedInAt) {}

    public MeetingAttendance {
        present = List.copyOf(present);
    }
}
