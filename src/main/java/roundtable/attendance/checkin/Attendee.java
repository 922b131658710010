package roundtable.attendance.checkin;

/**
 * Whom a check-in is about: a person with an account (by person id), a guest (by their RSVP) or a
 * walk-in already added (by the check-in's id). Exactly one is set.
 */
public record Attendee(Long personId, Long rsvpId, Long walkInId) {

    public Attendee {
        int set = (personId == null ? 0 : 1) + (rsvpId == null ? 0 : 1) + (walkInId == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("An attendee is one person, guest or walk-in");
        }
    }

    public static Attendee person(long personId) {
        return new Attendee(personId, null, null);
    }

    public static Attendee guest(long rsvpId) {
        return new Attendee(null, rsvpId, null);
    }

    public static Attendee walkIn(long checkInId) {
        return new Attendee(null, null, checkInId);
    }
}
