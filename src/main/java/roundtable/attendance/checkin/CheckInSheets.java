package roundtable.attendance.checkin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.Open;
import roundtable.committees.CommitteeAccess;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * The check-in sheet of a meeting for its secretary (or chair, vice-chair, an administrator), and
 * who was present for the minutes: readable outside the check-in window too.
 */
@Service
@Transactional(readOnly = true)
public class CheckInSheets {

    private final MeetingService meetings;
    private final CommitteeAccess access;
    private final CheckInRoll roll;

    CheckInSheets(MeetingService meetings, CommitteeAccess access, CheckInRoll roll) {
        this.meetings = meetings;
        this.access = access;
        this.roll = roll;
    }

    /** Everyone expected at the meeting and who has checked in. */
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public CheckInSheet checkInSheet(long meetingId) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow();
        CheckInRoll.Roll found = roll.roll(meeting);
        return new CheckInSheet(
                meeting,
                roll.opensAt(meeting),
                roll.closesAt(meeting),
                roll.window(meeting),
                found.lines().stream().map(CheckInRoll.Line::entry).toList(),
                found.headcount());
    }

    /** Who was present, for the minutes: people with their ids where they have an account, and the quorum. */
    @PreAuthorize("@attendanceAccess.recordsMeeting(#meetingId)")
    public MeetingAttendance attendanceOf(long meetingId) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow();
        CheckInRoll.Roll found = roll.roll(meeting);
        return new MeetingAttendance(
                meetingId,
                found.lines().stream()
                        .filter(l -> l.checkIn() != null)
                        .map(l -> new MeetingAttendance.Present(
                                l.entry().who().personId(),
                                l.entry().name(),
                                l.entry().kind(),
                                l.entry().votingMember(),
                                l.checkIn().getMode(),
                                l.checkIn().getCheckedInAt()))
                        .toList(),
                found.headcount());
    }

    /** Whether the signed-in person may check people in at this meeting now: its page links here only then. */
    @Open(reason = "says only what the asker may do")
    public boolean mayCheckIn(MeetingSummary meeting) {
        return roll.window(meeting) == CheckInSheet.Window.OPEN && access.canRecord(meeting.bodyId());
    }
}
