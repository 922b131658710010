package roundtable.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;

/**
 * A person's secret calendar link, stored only as the SHA-256 of its token: whoever reads the
 * database cannot subscribe to anyone's closed meetings. A new link revokes the old one.
 */
@Entity
@Table(name = "calendar_feed_token")
class CalendarFeedToken extends VersionedEntity {

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeedToken() {}

    CalendarFeedToken(long personId, String tokenHash, Instant createdAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    Long getPersonId() {
        return personId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
