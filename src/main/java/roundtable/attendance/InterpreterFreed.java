package roundtable.attendance;

/**
 * A request someone had been booked for was withdrawn (the person cancelled, no longer needs it,
 * or changed how they want it). Handled within the module: the interpreter hears they are
 * released when nothing else holds them at that meeting.
 */
record InterpreterFreed(long meetingId, long interpreterId) {
}
