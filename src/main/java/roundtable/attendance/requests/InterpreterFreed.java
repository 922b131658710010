package roundtable.attendance.requests;

/**
 * A request someone had been booked for was withdrawn (the person cancelled, no longer needs it,
 * or changed how they want it), in the transaction that withdrew it. Language services releases
 * the interpreter when nothing else holds them at that meeting.
 */
public record InterpreterFreed(long meetingId, long interpreterId) {}
