package roundtable.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;

/**
 * One thing someone asked for to take part (an interpreter, a translation, captioning...), followed
 * from asked to arranged. {@code late} records honestly that it came after the lead time.
 */
@Entity
@Table(name = "access_request")
class AccessRequest extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rsvp_id")
    private Rsvp rsvp;

    @Column(name = "meeting_id")
    private long meetingId;

    @Enumerated(EnumType.STRING)
    private RequestKind kind;

    @Column(name = "language_tag")
    private String languageTag;

    @Enumerated(EnumType.STRING)
    @Column(name = "interpretation_mode")
    private InterpretationMode interpretationMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "accommodation_type")
    private AccommodationType accommodationType;

    private String details;

    @Column(name = "children_count")
    private Integer childrenCount;

    @Column(name = "children_ages")
    private String childrenAges;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private boolean late;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "forget_after")
    private Instant forgetAfter;

    @Column(name = "interpreter_id")
    private Long interpreterId;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "unable_reason")
    private String unableReason;

    protected AccessRequest() {}

    AccessRequest(Rsvp rsvp, RequestKind kind, Instant now, boolean late, Instant forgetAfter) {
        this.forgetAfter = forgetAfter;
        this.rsvp = rsvp;
        this.meetingId = rsvp.getMeetingId();
        this.kind = kind;
        this.status = RequestStatus.OPEN;
        this.requestedAt = now;
        this.late = late;
    }

    /**
     * Two requests ask for the same thing when kind, language, mode and accommodation agree; details
     * may differ. A new mode is a new request: whoever was booked may not work that way.
     */
    String sameness() {
        return kind + "|" + languageTag + "|" + interpretationMode + "|" + accommodationType;
    }

    boolean active() {
        return status != RequestStatus.CLOSED && status != RequestStatus.UNABLE;
    }

    /** The interpreter booked for it (kept, for the record) is freed, and hears so unless the meeting is off. */
    void close(String reasonKey) {
        if (active()) {
            if (interpreterId != null) {
                rsvp.interpreterFreed(meetingId, interpreterId);
            }
            status = RequestStatus.CLOSED;
            statusReason = reasonKey;
        }
    }

    /**
     * Withdrawn because the person will not come: closed as {@link #close} does (the interpreter is
     * freed), whatever it had come to, and when, so what one answer withdrew can be offered again.
     */
    void withdraw(String reasonKey, Instant now) {
        if (status == RequestStatus.CLOSED) {
            return;
        }
        if (active() && interpreterId != null) {
            rsvp.interpreterFreed(meetingId, interpreterId);
        }
        status = RequestStatus.CLOSED;
        statusReason = reasonKey;
        statusChangedAt = now;
    }

    /** Whether this was withdrawn, for this reason, by the change made at {@code moment}. */
    boolean withdrawnAt(String reasonKey, Instant moment) {
        return status == RequestStatus.CLOSED
                && reasonKey.equals(statusReason)
                && statusChangedAt != null
                && moment != null
                && Duration.between(statusChangedAt, moment).abs().toMillis() < 1;
    }

    /** The meeting moved: the booked interpreter is asked again, so it is no longer confirmed. */
    void askAgain(Instant now) {
        if (status == RequestStatus.CONFIRMED && interpreterId != null) {
            changeStatus(RequestStatus.ASSIGNED, now);
        }
    }

    /** Interpretation and translation go to someone on the roster; the rest are arranged directly. */
    boolean needsInterpreter() {
        return kind == RequestKind.INTERPRETATION || kind == RequestKind.TRANSLATION;
    }

    void assign(long interpreterId, Instant now) {
        this.interpreterId = interpreterId;
        this.unableReason = null;
        changeStatus(RequestStatus.ASSIGNED, now);
    }

    void confirm(Instant now) {
        this.unableReason = null;
        changeStatus(RequestStatus.CONFIRMED, now);
    }

    /** Whoever was assigned is released, so a later confirmation needs someone assigned again. */
    void unable(String reason, Instant now) {
        this.unableReason = reason;
        this.interpreterId = null;
        changeStatus(RequestStatus.UNABLE, now);
    }

    private void changeStatus(RequestStatus next, Instant now) {
        this.status = next;
        this.statusChangedAt = now;
    }

    AccessRequest language(String tag, InterpretationMode mode) {
        this.languageTag = tag;
        this.interpretationMode = mode;
        return this;
    }

    AccessRequest accommodation(AccommodationType type, String details) {
        this.accommodationType = type;
        this.details = details;
        return this;
    }

    AccessRequest children(Integer count, String ages) {
        this.childrenCount = count;
        this.childrenAges = ages;
        return this;
    }

    /** Keeps the request (and whatever the coordinator arranged) and takes the new particulars. */
    void takeParticulars(AccessRequest other) {
        this.details = other.details;
        this.childrenCount = other.childrenCount;
        this.childrenAges = other.childrenAges;
    }

    /** The meeting moved: its requests are kept as long after the new date. */
    void keepUntil(Instant forgetAfter) {
        this.forgetAfter = forgetAfter;
    }

    /** What was said in the person's own words goes; what was asked for stays, for the counts. */
    void forgetParticulars() {
        details = null;
        childrenAges = null;
        unableReason = null;
    }

    RequestKind getKind() {
        return kind;
    }

    String getLanguageTag() {
        return languageTag;
    }

    InterpretationMode getInterpretationMode() {
        return interpretationMode;
    }

    AccommodationType getAccommodationType() {
        return accommodationType;
    }

    String getDetails() {
        return details;
    }

    Integer getChildrenCount() {
        return childrenCount;
    }

    String getChildrenAges() {
        return childrenAges;
    }

    RequestStatus getStatus() {
        return status;
    }

    boolean isLate() {
        return late;
    }

    Rsvp getRsvp() {
        return rsvp;
    }

    Long getInterpreterId() {
        return interpreterId;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    String getUnableReason() {
        return unableReason;
    }

    long getMeetingId() {
        return meetingId;
    }
}
