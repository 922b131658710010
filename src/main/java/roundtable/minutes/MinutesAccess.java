package roundtable.minutes;

import org.springframework.stereotype.Component;
import roundtable.base.security.CurrentUser;
import roundtable.committees.CommitteeAccess;
import roundtable.meetings.MeetingService;

/**
 * Rights over a body's minutes, in {@code @PreAuthorize} expressions as {@code @minutesAccess}: the
 * committee rights of {@code @committeeAccess}, for the body whose meeting or minutes they are.
 * Minutes or a meeting the asker cannot see (or that do not exist) grant nothing.
 */
@Component("minutesAccess")
public class MinutesAccess {

    private final MinutesRepository minutes;
    private final MeetingService meetings;
    private final CommitteeAccess access;

    MinutesAccess(MinutesRepository minutes, MeetingService meetings, CommitteeAccess access) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.access = access;
    }

    /** The body's recorders (secretary, chair, vice-chair) and administrators keep its minutes. */
    public boolean recordsMeeting(long meetingId) {
        return meetings.find(meetingId).map(m -> access.canRecord(m.bodyId())).orElse(false);
    }

    public boolean records(long minutesId) {
        return minutes.findById(minutesId)
                .map(m -> access.canRecord(m.getBodyId()))
                .orElse(false);
    }

    /** The chair or vice-chair (or an administrator) send submitted minutes back. */
    public boolean manages(long minutesId) {
        return minutes.findById(minutesId)
                .map(m -> access.canManage(m.getBodyId()))
                .orElse(false);
    }

    /**
     * Approving alone: the chair or vice-chair in person; or the system recording history (the demo
     * at start-up), never a person who would be named as "the chair" without being it.
     */
    public boolean approvesAlone(long minutesId) {
        return minutes.findById(minutesId)
                .map(m -> access.chairs(m.getBodyId())
                        || CurrentUser.personId().isEmpty() && access.canManage(m.getBodyId()))
                .orElse(false);
    }
}
