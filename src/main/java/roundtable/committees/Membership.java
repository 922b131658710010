package roundtable.committees;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
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

    protected Membership() {
    }

    Membership(long bodyId, Appointment appointment) {
        this.bodyId = bodyId;
        this.seatGroupId = appointment.seatGroupId();
        this.personId = appointment.personId();
        this.position = appointment.position();
        this.termStart = appointment.termStart();
        this.termEnd = appointment.termEnd();
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

    boolean isCurrentOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }
}
