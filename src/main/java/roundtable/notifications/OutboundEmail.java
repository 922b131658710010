package roundtable.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;

/**
 * One email Roundtable has promised to send. It is written in the same transaction as the
 * change that causes it, then delivered in the background until it is sent or given up on.
 */
@Entity
@Table(name = "outbound_email")
class OutboundEmail extends VersionedEntity {

    static final int MAX_ERROR = 1000;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    private String recipient;

    private String language;

    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    private EmailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "list_unsubscribe")
    private String listUnsubscribe;

    @Column(name = "calendar_method")
    private String calendarMethod;

    @Column(name = "calendar_ics")
    private String calendarIcs;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    protected OutboundEmail() {}

    OutboundEmail(String idempotencyKey, RenderedEmail email, Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.recipient = email.to();
        this.language = email.language().tag();
        this.subject = email.subject();
        this.textBody = email.text();
        this.htmlBody = email.html();
        this.listUnsubscribe = email.listUnsubscribe();
        if (email.calendar() != null) {
            this.calendarMethod = email.calendar().method();
            this.calendarIcs = email.calendar().ics();
        }
        this.status = EmailStatus.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getTextBody() {
        return textBody;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    String getIdempotencyKey() {
        return idempotencyKey;
    }

    String getListUnsubscribe() {
        return listUnsubscribe;
    }

    /** The calendar part, or null when the message carries none. */
    RenderedEmail.CalendarPart getCalendar() {
        return calendarIcs == null ? null : new RenderedEmail.CalendarPart(calendarMethod, calendarIcs);
    }

    EmailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getLanguage() {
        return language;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    String getClaimedBy() {
        return claimedBy;
    }

    Instant getClaimedUntil() {
        return claimedUntil;
    }

    /** Whether this server's claim still holds: nobody took the message over after the lease ran out. */
    boolean isClaimedBy(String claim) {
        return status == EmailStatus.SENDING && claim.equals(claimedBy);
    }

    void sent(Instant at) {
        this.status = EmailStatus.SENT;
        this.sentAt = at;
        this.lastAttemptAt = at;
        this.attempts++;
        this.lastError = null;
        letGo();
    }

    /**
     * An administrator asks for another try: a dead message starts a fresh round of attempts,
     * one waiting for its next retry is tried at once. Sent, queued and in-flight messages are
     * left alone: the first are never sent twice, the others are on their way.
     */
    boolean sendAgain(Instant now) {
        if (status == EmailStatus.DEAD) {
            this.status = EmailStatus.QUEUED;
            this.attempts = 0;
        } else if (status != EmailStatus.RETRYING) {
            return false;
        }
        this.nextAttemptAt = now;
        return true;
    }

    private void letGo() {
        this.claimedBy = null;
        this.claimedUntil = null;
    }

    /**
     * The SMTP server could not be reached: not this message's fault, so no attempt is counted
     * (an outage of any length kills nothing); admins see why it waits.
     */
    void serverUnavailable(String error, Instant now) {
        this.lastAttemptAt = now;
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR));
    }

    /**
     * Waits twice as long after each failure, never longer than {@code longestDelay}, and gives up
     * after the last allowed attempt.
     */
    void failed(String error, Instant now, Duration firstDelay, Duration longestDelay, int maxAttempts) {
        this.attempts++;
        this.lastAttemptAt = now;
        letGo();
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR));
        if (attempts >= maxAttempts) {
            this.status = EmailStatus.DEAD;
            this.nextAttemptAt = null;
        } else {
            this.status = EmailStatus.RETRYING;
            Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 16));
            this.nextAttemptAt = now.plus(delay.compareTo(longestDelay) > 0 ? longestDelay : delay);
        }
    }
}
