package roundtable.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import roundtable.base.persistence.VersionedEntity;

/** Seats on a body for one constituency, e.g. "SAC parent representative ×4". */
@Entity
@Table(name = "seat_group")
class SeatGroup extends VersionedEntity {

    @Column(name = "body_id")
    private Long bodyId;

    @NotBlank
    @Size(max = CommitteeLimits.SEAT_GROUP_NAME)
    private String name;

    @Min(1)
    @Column(name = "seat_count")
    private int seatCount;

    private boolean voting;

    @Column(name = "term_months")
    private Integer termMonths;

    @Column(name = "required_body_id")
    private Long requiredBodyId;

    @Column(name = "sort_order")
    private int sortOrder;

    protected SeatGroup() {}

    SeatGroup(long bodyId, SeatGroupData data, int sortOrder) {
        this.bodyId = bodyId;
        this.name = data.name().strip();
        this.seatCount = data.seatCount();
        this.voting = data.voting();
        this.termMonths = data.termMonths();
        this.requiredBodyId = data.requiredBodyId();
        this.sortOrder = sortOrder;
    }

    void redefine(SeatGroupData data) {
        this.name = data.name().strip();
        this.seatCount = data.seatCount();
        this.voting = data.voting();
        this.termMonths = data.termMonths();
        this.requiredBodyId = data.requiredBodyId();
    }

    String describe() {
        return "name: " + name + "\nseats: " + seatCount + "\nvoting: " + voting + "\nterm months: " + termMonths
                + "\nrequires body: " + requiredBodyId;
    }

    Long getBodyId() {
        return bodyId;
    }

    String getName() {
        return name;
    }

    int getSeatCount() {
        return seatCount;
    }

    boolean isVoting() {
        return voting;
    }

    Integer getTermMonths() {
        return termMonths;
    }

    Long getRequiredBodyId() {
        return requiredBodyId;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
