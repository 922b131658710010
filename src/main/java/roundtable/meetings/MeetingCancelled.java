package roundtable.meetings;

/** Published when a meeting is called off; those invited and attending are told, with the reason. */
public record MeetingCancelled(long meetingId, long bodyId, String reason, int sequence) {}
