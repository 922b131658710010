package roundtable.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;
import roundtable.base.security.SignedLinks;

/**
 * A member was invited to a meeting. The one-click RSVP links in the invitation name this row
 * and carry its nonce, so they exist before the member has answered, and a new nonce revokes them.
 */
@Entity
@Table(name = "rsvp_invitation")
class RsvpInvitation extends VersionedEntity {

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "series_id")
    private Long seriesId;

    private String nonce;

    @Column(name = "created_at")
    private Instant createdAt;

    protected RsvpInvitation() {}

    RsvpInvitation(long meetingId, long personId, Long seriesId, Instant now) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.seriesId = seriesId;
        this.nonce = SignedLinks.newNonce();
        this.createdAt = now;
    }

    long getMeetingId() {
        return meetingId;
    }

    long getPersonId() {
        return personId;
    }

    String getNonce() {
        return nonce;
    }

    /** Every link sent for this invitation stops working. */
    void revokeLinks() {
        this.nonce = SignedLinks.newNonce();
    }
}
