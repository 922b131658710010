package roundtable.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import roundtable.base.persistence.VersionedEntity;

/**
 * The record of one meeting: the working copy the secretary edits and where it stands in the
 * workflow. The meeting's title and date are copied in when the draft is started, so the record
 * keeps reading the same even if the meeting is later renamed. What the public reads is in
 * {@link MinutesVersion}: {@code currentNumber} says which version is current (0: none yet).
 */
@Entity
@Table(name = "minutes")
class MinutesDocument extends VersionedEntity {

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "meeting_id")
    private Long meetingId;

    private String title;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    private MinutesStatus status;

    @Column(name = "content_json")
    private String contentJson;

    @Column(name = "quorum_needed")
    private int quorumNeeded;

    @Column(name = "current_number")
    private int currentNumber;

    @Column(name = "amendment_reason")
    private String amendmentReason;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at_meeting_id")
    private Long approvedAtMeetingId;

    @Column(name = "approval_meeting_id")
    private Long approvalMeetingId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** False for a closed meeting's minutes, which no public output shows. */
    @Column(name = "public_record")
    private boolean publicRecord;

    protected MinutesDocument() {}

    MinutesDocument(
            long bodyId,
            long meetingId,
            String title,
            LocalDate meetingDate,
            int quorumNeeded,
            String contentJson,
            boolean publicRecord,
            Instant at) {
        this.publicRecord = publicRecord;
        this.bodyId = bodyId;
        this.meetingId = meetingId;
        this.title = title;
        this.meetingDate = meetingDate;
        this.quorumNeeded = quorumNeeded;
        this.contentJson = contentJson;
        this.status = MinutesStatus.DRAFT;
        this.updatedAt = at;
    }

    boolean isPublicRecord() {
        return publicRecord;
    }

    Long getBodyId() {
        return bodyId;
    }

    Long getMeetingId() {
        return meetingId;
    }

    String getTitle() {
        return title;
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    MinutesStatus getStatus() {
        return status;
    }

    String getContentJson() {
        return contentJson;
    }

    int getQuorumNeeded() {
        return quorumNeeded;
    }

    int getCurrentNumber() {
        return currentNumber;
    }

    String getAmendmentReason() {
        return amendmentReason;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    Long getApprovedBy() {
        return approvedBy;
    }

    Long getApprovedAtMeetingId() {
        return approvedAtMeetingId;
    }

    Long getApprovalMeetingId() {
        return approvalMeetingId;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Only a draft is edited: once submitted the text is what the approvers read. */
    void edit(String json, Instant at) {
        require(MinutesStatus.DRAFT);
        this.contentJson = json;
        this.updatedAt = at;
    }

    void submit(Long approvalMeetingId, Instant at) {
        require(MinutesStatus.DRAFT);
        this.status = MinutesStatus.SUBMITTED;
        this.submittedAt = at;
        if (approvalMeetingId != null) {
            this.approvalMeetingId = approvalMeetingId;
        }
        this.updatedAt = at;
    }

    /** The body's next meeting, scheduled after the minutes were submitted, is where they are to be approved. */
    void awaitApprovalAt(long meetingId) {
        require(MinutesStatus.SUBMITTED);
        this.approvalMeetingId = meetingId;
    }

    /** Back to the secretary, for instance when the chair asks for changes before approving. */
    void returnToDraft(Instant at) {
        require(MinutesStatus.SUBMITTED);
        this.status = MinutesStatus.DRAFT;
        this.updatedAt = at;
    }

    void approve(Long byPersonId, Long atMeetingId, Instant at) {
        require(MinutesStatus.SUBMITTED);
        this.status = MinutesStatus.APPROVED;
        this.approvedAt = at;
        this.approvedBy = byPersonId;
        this.approvedAtMeetingId = atMeetingId;
        this.updatedAt = at;
    }

    /** Freezes the working copy as the next version; returns its number. */
    int publish(Instant at) {
        require(MinutesStatus.APPROVED);
        this.status = MinutesStatus.PUBLISHED;
        this.currentNumber++;
        this.publishedAt = at;
        this.amendmentReason = null;
        this.updatedAt = at;
        return currentNumber;
    }

    /** A correction starts a new draft from the published text; the published version stays as it is. */
    void amend(String reason, Instant at) {
        require(MinutesStatus.PUBLISHED);
        this.status = MinutesStatus.DRAFT;
        this.amendmentReason = reason;
        this.submittedAt = null;
        // The amendment's approval goes on the next agenda afresh.
        this.approvalMeetingId = null;
        this.approvedAt = null;
        this.approvedBy = null;
        this.approvedAtMeetingId = null;
        this.updatedAt = at;
    }

    private void require(MinutesStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Minutes " + getId() + " are " + status + ", not " + expected);
        }
    }
}
