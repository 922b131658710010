package roundtable.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneId;
import roundtable.base.persistence.VersionedEntity;

/** The rule a body's regular meetings follow; each occurrence is its own meeting row. */
@Entity
@Table(name = "meeting_series")
class MeetingSeries extends VersionedEntity {

    @Column(name = "body_id")
    private Long bodyId;

    private String rrule;

    @Column(name = "first_start")
    private LocalDateTime firstStart;

    @Column(name = "time_zone")
    private String timeZone;

    protected MeetingSeries() {}

    MeetingSeries(long bodyId, String rrule, LocalDateTime firstStart, ZoneId zone) {
        this.bodyId = bodyId;
        this.rrule = rrule;
        this.firstStart = firstStart;
        this.timeZone = zone.getId();
    }

    Long getBodyId() {
        return bodyId;
    }

    String getRrule() {
        return rrule;
    }
}
