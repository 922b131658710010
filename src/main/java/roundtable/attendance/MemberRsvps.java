package roundtable.attendance;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Open;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * A signed-in person's RSVP from the meeting page: a member of the body for any of its meetings,
 * anyone signed in for a public one.
 */
@Service
@Transactional(readOnly = true)
public class MemberRsvps {

    private final RsvpRepository rsvps;
    private final MeetingService meetings;
    private final AttendanceAccess access;
    private final MemberAnswers answers;
    private final RsvpViews views;

    MemberRsvps(
            RsvpRepository rsvps,
            MeetingService meetings,
            AttendanceAccess access,
            MemberAnswers answers,
            RsvpViews views) {
        this.rsvps = rsvps;
        this.meetings = meetings;
        this.access = access;
        this.answers = answers;
        this.views = views;
    }

    /** The signed-in person's RSVP to this meeting, if they have made one. */
    @Open(reason = "the asker's own answer; a visitor has none")
    public Optional<RsvpView> myRsvp(long meetingId) {
        Optional<Long> me = CurrentUser.personId();
        Optional<MeetingSummary> meeting = meetings.find(meetingId);
        if (me.isEmpty() || meeting.isEmpty()) {
            return Optional.empty();
        }
        return rsvps.findByMeetingIdAndPersonId(meetingId, me.get()).map(r -> views.view(r, meeting.get()));
    }

    /** Whether the signed-in person may RSVP: a member of the body, or anyone signed in for a public meeting. */
    @Open(reason = "says only what the asker may do")
    public boolean mayRsvp(MeetingSummary meeting) {
        return access.mayRsvp(meeting);
    }

    /**
     * A member's answer, new or changed, until the meeting starts. Taking a place when the meeting is
     * full puts them on the waitlist; giving one up hands it to the first waiting.
     */
    @Transactional
    @PreAuthorize("@attendanceAccess.mayRsvp(#meetingId)")
    public RsvpView rsvp(long meetingId, Response response, AccessNeeds needs) {
        long personId = CurrentUser.personId().orElseThrow();
        return answers.answer(personId, meetings.find(meetingId).orElseThrow(), response, needs);
    }
}
