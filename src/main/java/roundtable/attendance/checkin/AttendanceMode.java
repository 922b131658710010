package roundtable.attendance.checkin;

/** How someone checked in at a meeting took part. */
public enum AttendanceMode {
    IN_PERSON,
    ONLINE;
}
