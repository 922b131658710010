package roundtable.attendance.checkin;

/**
 * What a check-in action did. {@code ALREADY_SO} means nothing needed doing: another secretary (or
 * a second tap) got there first, which is harmless and worth saying.
 */
public enum CheckInOutcome {
    DONE,
    ALREADY_SO;
}
