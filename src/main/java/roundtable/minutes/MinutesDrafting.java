package roundtable.minutes;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RuleViolationException;
import roundtable.base.security.Open;
import roundtable.committees.CommitteeAccess;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;

/**
 * The secretary writes the minutes: a draft prefilled from the agenda and the check-ins, kept as
 * they go, then submitted, which puts "Approval of the minutes" on the body's next agenda. The
 * chair may send them back. Approval is {@link MinutesApproval}; publishing, {@link MinutesPublishing}.
 */
@Service
@Transactional(readOnly = true)
public class MinutesDrafting {

    private final MinutesRepository minutes;
    private final DraftPrefill prefill;
    private final ApprovalItems approvalItems;
    private final MinutesDrafts drafts;
    private final MinutesJson json;
    private final MeetingService meetings;
    private final CommitteeAccess access;
    private final Clock clock;

    MinutesDrafting(
            MinutesRepository minutes,
            DraftPrefill prefill,
            ApprovalItems approvalItems,
            MinutesDrafts drafts,
            MinutesJson json,
            MeetingService meetings,
            CommitteeAccess access,
            Clock clock) {
        this.minutes = minutes;
        this.prefill = prefill;
        this.approvalItems = approvalItems;
        this.drafts = drafts;
        this.json = json;
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
    }

    /** The minutes of a meeting as its recorders edit them; empty until a draft is started. */
    @PreAuthorize("@minutesAccess.recordsMeeting(#meetingId)")
    public Optional<MinutesDraft> draftOf(long meetingId) {
        return minutes.findByMeetingId(meetingId).map(drafts::of);
    }

    /** Whether the signed-in person records this meeting's minutes: its page links to the editor only then. */
    @Open(reason = "says only what the asker may do")
    public boolean mayRecord(MeetingSummary meeting) {
        return access.canRecord(meeting.bodyId());
    }

    /**
     * Starts the minutes of a meeting that has begun, from its agenda and attendance; a second start
     * returns the first, and one racing the first is refused as a conflict.
     */
    @Transactional
    @PreAuthorize("@minutesAccess.recordsMeeting(#meetingId)")
    public long startDraft(long meetingId) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow();
        Optional<MinutesDocument> existing = minutes.findByMeetingId(meetingId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (meeting.cancelled()) {
            throw new RuleViolationException("meeting", "minutes.error.cancelled");
        }
        if (meeting.status() == MeetingStatus.DRAFT) {
            throw new RuleViolationException("meeting", "minutes.error.draft-meeting");
        }
        if (meeting.startsAt().toInstant().isAfter(clock.instant())) {
            throw new RuleViolationException("meeting", "minutes.error.not-started");
        }
        DraftPrefill.Start start = prefill.startFor(
                meetingId, meeting.bodyId(), meeting.startsAtLocal().toLocalDate());
        MinutesDocument doc = new MinutesDocument(
                meeting.bodyId(),
                meetingId,
                meeting.title(),
                meeting.startsAtLocal().toLocalDate(),
                start.quorumNeeded(),
                json.write(start.content()),
                meeting.publicMeeting(),
                clock.instant());
        try {
            return minutes.saveAndFlush(doc).getId();
        } catch (DataIntegrityViolationException startedByTheOther) {
            // Two recorders pressing Start together: the second is told someone else saved first (and
            // the editor then opens the draft the first one started).
            throw new OptimisticLockingFailureException(
                    "Minutes of meeting " + meetingId + " were started by someone else", startedByTheOther);
        }
    }

    /** Keeps the working copy, rich text sanitised and roll-call counts derived; a stale version is refused. */
    @Transactional
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public MinutesDraft saveDraft(long minutesId, long expectedVersion, MinutesContent content) {
        MinutesDocument doc = minutes.current(minutesId, expectedVersion);
        if (doc.getStatus() != MinutesStatus.DRAFT) {
            throw new RuleViolationException("status", "minutes.error.not-draft");
        }
        doc.edit(json.write(MinutesContentRules.cleaned(Objects.requireNonNull(content))), clock.instant());
        return drafts.of(minutes.saveAndFlush(doc));
    }

    /** Hands the draft to the approvers and puts its approval on the body's next meeting's agenda. */
    @Transactional
    @PreAuthorize("@minutesAccess.records(#minutesId)")
    public MinutesDraft submit(long minutesId, long expectedVersion) {
        MinutesDocument doc = minutes.current(minutesId, expectedVersion);
        if (doc.getStatus() != MinutesStatus.DRAFT) {
            throw new RuleViolationException("status", "minutes.error.not-draft");
        }
        doc.submit(approvalItems.onNextAgenda(doc), clock.instant());
        return drafts.of(minutes.saveAndFlush(doc));
    }

    /** The chair (or vice-chair, or an administrator) sends submitted minutes back to the secretary for changes. */
    @Transactional
    @PreAuthorize("@minutesAccess.records(#minutesId) and @minutesAccess.manages(#minutesId)")
    public MinutesDraft returnToDraft(long minutesId, long expectedVersion) {
        MinutesDocument doc = minutes.current(minutesId, expectedVersion);
        MinutesDrafts.requireStatus(doc, MinutesStatus.SUBMITTED);
        doc.returnToDraft(clock.instant());
        return drafts.of(minutes.saveAndFlush(doc));
    }
}
