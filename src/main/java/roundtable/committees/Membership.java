package roundtable.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import roundtable.base.persistence.VersionedEntity;

/** A person holding a seat on a body for a term. Ended memberships stay, so old minutes keep their people. */
@Entity
@Table(name = "membership")
class Membership extends VersionedEntity {

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "seat_group_id")
    private Long seatGroupId;

    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    private Position position;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    @Column(name = "end_reason")
    private String endReason;

    protected Membership() {}

    Membership(long bodyId, Appointment appointment) {
        this.bodyId = bodyId;
        this.seatGroupId = appointment.seatGroupId();
        this.personId = appointment.personId();
        this.position = appointment.position();
        this.termStart = appointment.termStart();
        this.termEnd = appointment.termEnd();
        this.status = MembershipStatus.ACTIVE;
    }

    Long getBodyId() {
        return bodyId;
    }

    Long getSeatGroupId() {
        return seatGroupId;
    }

    Long getPersonId() {
        return personId;
    }

    Position getPosition() {
        return position;
    }

    LocalDate getTermStart() {
        return termStart;
    }

    LocalDate getTermEnd() {
        return termEnd;
    }

    MembershipStatus getStatus() {
        return status;
    }

    String getEndReason() {
        return endReason;
    }

    void end(LocalDate lastDay, String reason) {
        this.termEnd = lastDay;
        this.status = MembershipStatus.ENDED;
        this.endReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    void renewUntil(LocalDate newEnd) {
        this.termEnd = newEnd;
        this.status = MembershipStatus.ACTIVE;
        this.endReason = null;
    }

    void moveTo(Position newPosition) {
        this.position = newPosition;
    }

    /** A short state for the audit trail. */
    String describe() {
        return "position: " + position + "\nterm: " + termStart + " – " + (termEnd == null ? "open" : termEnd)
                + "\nstatus: " + status + (endReason == null ? "" : " (" + endReason + ")");
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        LocalDate myEnd = termEnd == null ? LocalDate.MAX : termEnd;
        LocalDate otherEnd = end == null ? LocalDate.MAX : end;
        return !termStart.isAfter(otherEnd) && !start.isAfter(myEnd);
    }

    boolean isCurrentOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }
}
