package roundtable.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import roundtable.base.persistence.VersionedEntity;
import roundtable.subscriptions.Category;

/**
 * One piece of news held for a member's daily digest. It keeps facts, not words: the digest is
 * written in the language the member has on the day it is sent.
 */
@Entity
@Table(name = "digest_item")
class DigestItem extends VersionedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(name = "item_key", nullable = false)
    private String itemKey;

    @Column(name = "body_name", nullable = false)
    private String bodyName;

    @Column(nullable = false)
    private String title;

    /** The meeting's local start (announcements) or day (minutes, at midnight with no zone). */
    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(nullable = false)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "digested_at")
    private Instant digestedAt;

    protected DigestItem() {}

    DigestItem(
            long personId,
            long bodyId,
            Category category,
            String itemKey,
            String bodyName,
            String title,
            LocalDateTime startsAt,
            String timeZone,
            String link,
            Instant now) {
        this.personId = personId;
        this.bodyId = bodyId;
        this.category = category;
        this.itemKey = itemKey;
        this.bodyName = bodyName;
        this.title = title;
        this.startsAt = startsAt;
        this.timeZone = timeZone;
        this.link = link;
        this.createdAt = now;
    }

    void digested(Instant at) {
        this.digestedAt = at;
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

    String getBodyName() {
        return bodyName;
    }

    String getTitle() {
        return title;
    }

    LocalDateTime getStartsAt() {
        return startsAt;
    }

    String getTimeZone() {
        return timeZone;
    }

    String getLink() {
        return link;
    }
}
