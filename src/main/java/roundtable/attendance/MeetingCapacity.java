package roundtable.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A meeting's optional capacity. Every meeting that gets an RSVP has this row, because it is what
 * is locked while places are counted: two people taking the last place wait for each other here.
 */
@Entity
@Table(name = "meeting_capacity")
class MeetingCapacity {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    private Integer capacity;

    @Version
    private long version;

    protected MeetingCapacity() {}

    MeetingCapacity(long meetingId) {
        this.meetingId = meetingId;
    }

    Integer getCapacity() {
        return capacity;
    }

    void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    long getVersion() {
        return version;
    }
}
