package roundtable.subscriptions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import roundtable.base.i18n.Language;
import roundtable.base.persistence.VersionedEntity;
import roundtable.base.security.SignedLinks;

/**
 * One address following one body. What someone asks for waits as "pending" until the emailed link
 * is followed: asking again, whoever asks, changes nothing a confirmed subscriber receives.
 */
@Entity
@Table(name = "subscription")
class Subscription extends VersionedEntity {

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(nullable = false)
    private String email;

    @Column(name = "email_key", nullable = false)
    private String emailKey;

    @Column(nullable = false)
    private String language;

    private boolean meetings;

    private boolean minutes;

    @Column(nullable = false)
    private String nonce;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "pending_language")
    private String pendingLanguage;

    @Column(name = "pending_meetings")
    private Boolean pendingMeetings;

    @Column(name = "pending_minutes")
    private Boolean pendingMinutes;

    @Column(name = "pending_nonce")
    private String pendingNonce;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected Subscription() {}

    Subscription(long bodyId, String email, String emailKey, Language language, Instant now) {
        this.bodyId = bodyId;
        this.email = email;
        this.emailKey = emailKey;
        this.language = language.tag();
        this.nonce = SignedLinks.newNonce();
        this.requestedAt = now;
    }

    /** A new confirmation link replaces any earlier one still unused. */
    void ask(Language language, Set<Category> categories, Instant now) {
        this.pendingLanguage = language.tag();
        this.pendingMeetings = categories.contains(Category.MEETINGS);
        this.pendingMinutes = categories.contains(Category.MINUTES);
        this.pendingNonce = SignedLinks.newNonce();
        this.requestedAt = now;
    }

    /** The address's owner followed the link: what they asked for is what they now receive. */
    void confirm(Instant now) {
        if (pendingNonce == null) {
            return;
        }
        this.language = pendingLanguage;
        this.meetings = pendingMeetings;
        this.minutes = pendingMinutes;
        this.confirmedAt = now;
        this.pendingLanguage = null;
        this.pendingMeetings = null;
        this.pendingMinutes = null;
        this.pendingNonce = null;
    }

    void receive(Category category, boolean value) {
        if (category == Category.MEETINGS) {
            meetings = value;
        } else {
            minutes = value;
        }
    }

    boolean receives(Category category) {
        return confirmedAt != null && (category == Category.MEETINGS ? meetings : minutes);
    }

    Set<Category> pendingCategories() {
        Set<Category> asked = EnumSet.noneOf(Category.class);
        if (Boolean.TRUE.equals(pendingMeetings)) {
            asked.add(Category.MEETINGS);
        }
        if (Boolean.TRUE.equals(pendingMinutes)) {
            asked.add(Category.MINUTES);
        }
        return asked;
    }

    Set<Category> categories() {
        Set<Category> all = EnumSet.noneOf(Category.class);
        for (Category c : Category.values()) {
            if (receives(c)) {
                all.add(c);
            }
        }
        return all;
    }

    long getBodyId() {
        return bodyId;
    }

    String getEmail() {
        return email;
    }

    Language getLanguage() {
        return Language.fromTag(language).orElse(Language.fallback());
    }

    Language getPendingLanguage() {
        return Language.fromTag(pendingLanguage).orElse(getLanguage());
    }

    String getNonce() {
        return nonce;
    }

    String getPendingNonce() {
        return pendingNonce == null ? "" : pendingNonce;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }
}
