package roundtable.attendance.checkin;

/**
 * Why someone is on a meeting's check-in sheet: they sit on the body, they answered the RSVP with
 * an account but are not on the roster, they are a guest who RSVP'd without an account, or the
 * secretary added them at the door.
 */
public enum AttendeeKind {
    MEMBER,
    ATTENDEE,
    GUEST,
    WALK_IN;
}
