package roundtable.attendance.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;

/**
 * One person marked present at a meeting: a person with an account, a guest (through their RSVP,
 * which holds their name) or a walk-in known only by the name the secretary typed.
 */
@Entity
@Table(name = "check_in")
class CheckIn extends VersionedEntity {

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "rsvp_id")
    private Long rsvpId;

    @Column(name = "walk_in_name")
    private String walkInName;

    @Enumerated(EnumType.STRING)
    private AttendanceMode mode;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by")
    private Long checkedInBy;

    protected CheckIn() {}

    private CheckIn(long meetingId, AttendanceMode mode, Instant now, Long by) {
        this.meetingId = meetingId;
        this.mode = mode;
        this.checkedInAt = now;
        this.checkedInBy = by;
    }

    static CheckIn person(long meetingId, long personId, AttendanceMode mode, Instant now, Long by) {
        CheckIn c = new CheckIn(meetingId, mode, now, by);
        c.personId = personId;
        return c;
    }

    static CheckIn guest(long meetingId, long rsvpId, AttendanceMode mode, Instant now, Long by) {
        CheckIn c = new CheckIn(meetingId, mode, now, by);
        c.rsvpId = rsvpId;
        return c;
    }

    static CheckIn walkIn(long meetingId, String name, AttendanceMode mode, Instant now, Long by) {
        CheckIn c = new CheckIn(meetingId, mode, now, by);
        c.walkInName = name;
        return c;
    }

    /** A correction (they are online after all): the arrival time stays, who corrected it is kept. */
    void changeMode(AttendanceMode mode, Long by) {
        this.mode = mode;
        this.checkedInBy = by;
    }

    long getMeetingId() {
        return meetingId;
    }

    Long getPersonId() {
        return personId;
    }

    Long getRsvpId() {
        return rsvpId;
    }

    String getWalkInName() {
        return walkInName;
    }

    AttendanceMode getMode() {
        return mode;
    }

    Instant getCheckedInAt() {
        return checkedInAt;
    }
}
