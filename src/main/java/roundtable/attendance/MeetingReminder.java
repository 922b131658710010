package roundtable.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;

/**
 * A reminder of one meeting, at one offset before its start, for one SEQUENCE of it, was sent to
 * those attending. The row is the claim: unique, so no two servers send the same reminder.
 */
@Entity
@Table(name = "meeting_reminder")
class MeetingReminder extends VersionedEntity {

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "offset_minutes")
    private long offsetMinutes;

    @Column(name = "sequence_number")
    private int sequence;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MeetingReminder() {}

    MeetingReminder(long meetingId, long offsetMinutes, int sequence, Instant sentAt) {
        this.meetingId = meetingId;
        this.offsetMinutes = offsetMinutes;
        this.sequence = sequence;
        this.sentAt = sentAt;
    }
}
