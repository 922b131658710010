package roundtable.attendance;

import org.springframework.stereotype.Component;
import roundtable.base.security.CurrentUser;
import roundtable.committees.CommitteeAccess;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * Meeting-scoped rights for attendance, in {@code @PreAuthorize} expressions as
 * {@code @attendanceAccess}: the committee rights of {@code @committeeAccess}, for the body whose
 * meeting it is. A meeting the asker cannot see (or that does not exist) grants nothing.
 */
@Component("attendanceAccess")
public class AttendanceAccess {

    private final MeetingService meetings;
    private final CommitteeAccess access;

    AttendanceAccess(MeetingService meetings, CommitteeAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    /** The body's secretary, chair or vice-chair, or an administrator: places, counts, check-in. */
    public boolean recordsMeeting(long meetingId) {
        return meetings.find(meetingId).map(m -> access.canRecord(m.bodyId())).orElse(false);
    }

    /** Anyone signed in for a public meeting; only the body's members for a closed one. */
    public boolean mayRsvp(long meetingId) {
        return meetings.find(meetingId).map(this::mayRsvp).orElse(false);
    }

    public boolean mayRsvp(MeetingSummary meeting) {
        return CurrentUser.personId().isPresent() && (meeting.publicMeeting() || access.isMember(meeting.bodyId()));
    }
}
