package roundtable.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change. Never edited, so it carries no version. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    static final int STATE = 4000;
    static final int SUMMARY = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    private String action;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "body_id")
    private Long bodyId;

    private String summary;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    protected AuditEvent() {}

    AuditEvent(Instant at, String actor, AuditEntry entry) {
        this.occurredAt = at;
        this.actor = actor;
        this.action = entry.action();
        this.subjectType = entry.subjectType();
        this.subjectId = entry.subjectId();
        this.bodyId = entry.bodyId();
        this.summary = clip(entry.summary(), SUMMARY);
        this.beforeState = clip(entry.before(), STATE);
        this.afterState = clip(entry.after(), STATE);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    AuditRecord toRecord() {
        return new AuditRecord(
                id, occurredAt, actor, action, subjectType, subjectId, bodyId, summary, beforeState, afterState);
    }
}
