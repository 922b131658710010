package roundtable.meetings;

/** Published when a meeting is put on the calendar; the notifications feature invites people. */
public record MeetingScheduled(long meetingId, long bodyId) {}
