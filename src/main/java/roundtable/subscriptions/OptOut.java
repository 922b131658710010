package roundtable.subscriptions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;

/** A member turned off one body's announcements or minutes from an email's unsubscribe link. */
@Entity
@Table(name = "notification_opt_out")
class OptOut extends VersionedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OptOut() {}

    OptOut(long personId, long bodyId, Category category, Instant now) {
        this.personId = personId;
        this.bodyId = bodyId;
        this.category = category;
        this.createdAt = now;
    }

    long getPersonId() {
        return personId;
    }

    long getBodyId() {
        return bodyId;
    }

    Category getCategory() {
        return category;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
