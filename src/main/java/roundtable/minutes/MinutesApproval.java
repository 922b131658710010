package roundtable.minutes;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.security.CurrentUser;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * Submitted minutes are approved by the chair or vice-chair in person, or recorded by a recorder as
 * approved by the body at one of its meetings held since; a correction of published minutes starts
 * as an amendment that needs approving in turn. Each step is in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class MinutesApproval {

    static final int REASON = 1_000;

    private final MinutesRepository minutes;
    private final MinutesDrafts drafts;
    private final MeetingService meetings;
    private final AuditService audit;
    private final Clock clock;

    MinutesApproval(
            MinutesRepository minutes, MinutesDrafts drafts, MeetingService meetings, AuditService audit, Clock clock) {
        this.minutes = minutes;
        this.drafts = drafts;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Approval: by the chair or vice-chair themselves ({@code atMeetingId} null), or recorded by a
     * recorder as the body's decision at one of its meetings that has taken place.
     */
    @Transactional
    @PreAuthorize(
            "@minutesAccess.records(#minutesId) and (#atMeetingId != null or @minutesAccess.approvesAlone(#minutesId))")
    public MinutesDraft approve(long minutesId, long expectedVersion, Long atMeetingId) {
        MinutesDocument doc = minutes.current(minutesId, expectedVersion);
        MinutesDrafts.requireStatus(doc, MinutesStatus.SUBMITTED);
        if (atMeetingId != null) {
            MeetingSummary at = meetings.find(atMeetingId)
                    .filter(m -> m.bodyId() == doc.getBodyId())
                    .orElseThrow(() -> new RuleViolationException("approvedAt", "minutes.error.approval-meeting"));
            // Only a meeting held after the minutes were submitted can have approved them.
            if (at.startsAt().toInstant().isAfter(clock.instant())
                    || at.cancelled()
                    || !at.startsAtLocal().toLocalDate().isAfter(doc.getMeetingDate())
                    || (doc.getSubmittedAt() != null && !at.endsAt().toInstant().isAfter(doc.getSubmittedAt()))) {
                throw new RuleViolationException("approvedAt", "minutes.error.approval-meeting");
            }
        }
        doc.approve(CurrentUser.personId().orElse(null), atMeetingId, clock.instant());
        audit.record(new AuditEntry(
                "minutes.approved",
                "minutes",
                doc.getId(),
                doc.getBodyId(),
                atMeetingId == null
                        ? "Minutes approved by the chair: " + doc.getTitle()
                        : "Minutes recorded as approved at meeting " + atMeetingId + ": " + doc.getTitle(),
                null,
                null));
        return drafts.of(minutes.saveAndFlush(doc));
    }

    /** The body's meetings that have taken place, newest first: where the body may have approved these minutes. */
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public List<MeetingSummary> approvalMeetings(long minutesId) {
        MinutesDocument doc = minutes.existing(minutesId);
        return meetings.meetingsToManage(doc.getBodyId(), 0, 200).stream()
                .filter(m -> !m.cancelled() && !m.startsAt().toInstant().isAfter(clock.instant()))
                .filter(m -> m.startsAtLocal().toLocalDate().isAfter(doc.getMeetingDate()))
                .filter(m ->
                        doc.getSubmittedAt() == null || m.endsAt().toInstant().isAfter(doc.getSubmittedAt()))
                .sorted(Comparator.comparing(MeetingSummary::startsAtLocal).reversed())
                .toList();
    }

    /** Starts a correction: a new draft from the published text, with the reason the public will read. */
    @Transactional
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public MinutesDraft amend(long minutesId, long expectedVersion, String reason) {
        MinutesDocument doc = minutes.current(minutesId, expectedVersion);
        MinutesDrafts.requireStatus(doc, MinutesStatus.PUBLISHED);
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new RuleViolationException("reason", "validation.required");
        }
        if (clean.length() > REASON) {
            throw new RuleViolationException("reason", "validation.too-long", REASON);
        }
        PlainText.requireLines("reason", clean);
        if (doc.getContentJson() == null) {
            // Published before minutes were recorded item by item: an amendment would start from nothing.
            throw new RuleViolationException("reason", "minutes.error.legacy-amend");
        }
        doc.amend(clean, clock.instant());
        audit.record(new AuditEntry(
                "minutes.amendment-started",
                "minutes",
                doc.getId(),
                doc.getBodyId(),
                "Amendment of the minutes started: " + doc.getTitle() + " (" + clean + ")",
                null,
                null));
        return drafts.of(minutes.saveAndFlush(doc));
    }
}
