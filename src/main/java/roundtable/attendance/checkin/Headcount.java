package roundtable.attendance.checkin;

/** Who is present at a meeting, in numbers: everyone, in person, online, and the quorum. */
public record Headcount(int present, int inPerson, int online, Quorum quorum) {}
