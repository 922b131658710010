package roundtable.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import roundtable.base.PlainText;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.committees.CommitteeAccess;

/**
 * A body's chair, vice-chair and secretary (and administrators) plan one meeting at a time: draft it,
 * schedule it, move or change it, call it off with a reason, discard a draft, and record that it was
 * held. Every change the calendar must carry is published as an event after its commit.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MeetingPlanning {

    private final MeetingRepository meetings;
    private final AgendaDiscarding agendas;
    private final CommitteeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundtableProperties properties;

    MeetingPlanning(
            MeetingRepository meetings,
            AgendaDiscarding agendas,
            CommitteeAccess access,
            ApplicationEventPublisher events,
            Clock clock,
            RoundtableProperties properties) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** Saved for the chair's eyes only; nobody is told until it is scheduled. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(#data.bodyId)")
    public long draftMeeting(@Valid @NotNull MeetingData data) {
        data.check(clock);
        return meetings.save(new Meeting(data, MeetingStatus.DRAFT, clock.instant()))
                .getId();
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(#data.bodyId)")
    public long scheduleMeeting(@Valid @NotNull MeetingData data) {
        data.check(clock);
        Meeting meeting = meetings.save(new Meeting(data, MeetingStatus.SCHEDULED, clock.instant()));
        events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getBodyId()));
        return meeting.getId();
    }

    /** Puts a draft on the calendar. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofMeeting(#meetingId))")
    public void scheduleDraft(long meetingId, long expectedVersion) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (meeting.getStatus() != MeetingStatus.DRAFT) {
            throw new RuleViolationException("status", "meeting.error.not-draft");
        }
        meeting.schedule(clock.instant());
        events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getBodyId()));
    }

    /** Moves a meeting or changes its details; calendars are told through a higher SEQUENCE. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofMeeting(#meetingId))")
    public MeetingSummary updateMeeting(long meetingId, long expectedVersion, @Valid @NotNull MeetingData data) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (data.bodyId() != meeting.getBodyId()) {
            throw new RuleViolationException("bodyId", "meeting.error.body-fixed");
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED || meeting.getStatus() == MeetingStatus.HELD) {
            throw new RuleViolationException("status", "meeting.error.closed");
        }
        data.check(clock);
        if (meeting.getStatus() == MeetingStatus.SCHEDULED && meeting.isPublicMeeting() && !data.publicMeeting()) {
            // Public feeds would simply drop it, leaving subscribers a stale copy with the join link.
            throw new RuleViolationException("publicMeeting", "meeting.error.public-to-closed");
        }
        LocalDateTime previousStart = meeting.getStartsAtLocal();
        List<Object> whenAndWhere = whenAndWhere(meeting);
        meeting.change(data, clock.instant());
        meetings.flush();
        if (meeting.getStatus() == MeetingStatus.SCHEDULED) {
            events.publishEvent(new MeetingChanged(
                    meeting.getId(),
                    meeting.getBodyId(),
                    previousStart,
                    meeting.getSequence(),
                    !whenAndWhere.equals(whenAndWhere(meeting))));
        }
        return MeetingSummary.of(meeting);
    }

    /** Calls a meeting off; it stays on the calendar marked cancelled, with the reason, so nobody turns up. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofMeeting(#meetingId))")
    public void cancelMeeting(long meetingId, long expectedVersion, String reason) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "meeting.error.reason-required");
        }
        if (reason.length() > MeetingLimits.CANCEL_REASON) {
            throw new RuleViolationException("reason", "meeting.error.reason-too-long", MeetingLimits.CANCEL_REASON);
        }
        PlainText.requireLines("reason", reason);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            // A draft was never announced: calling it off would publish it. It is discarded instead.
            throw new RuleViolationException(
                    "status",
                    meeting.getStatus() == MeetingStatus.DRAFT
                            ? "meeting.error.draft-discard"
                            : "meeting.error.closed");
        }
        meeting.cancel(reason, clock.instant());
        events.publishEvent(new MeetingCancelled(
                meeting.getId(), meeting.getBodyId(), meeting.getCancelReason(), meeting.getSequence()));
    }

    /** A draft nobody was told about goes away with its agenda and papers. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofMeeting(#meetingId))")
    public void discardDraft(long meetingId, long expectedVersion) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (meeting.getStatus() != MeetingStatus.DRAFT) {
            throw new RuleViolationException("status", "meeting.error.not-draft-discard");
        }
        agendas.discardAgendaOf(meetingId);
        meetings.delete(meeting);
    }

    /** The secretary records that a meeting took place; its minutes can then be written. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(@meetingBodies.ofMeeting(#meetingId))")
    public void recordHeld(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new RuleViolationException("status", "meeting.error.closed");
        }
        if (meeting.getStartsAtLocal().isAfter(LocalDateTime.now(clock.withZone(properties.defaultTimeZone())))) {
            throw new RuleViolationException("status", "meeting.error.not-started");
        }
        meeting.markHeld();
    }

    /**
     * Other meetings that overlap: the same body's (members cannot be in two places) or any body's
     * in the same room. A warning, not a refusal: the chair may know the room is big enough.
     */
    @PreAuthorize("@committeeAccess.canRecord(#data.bodyId)")
    public List<MeetingConflict> conflicts(@NotNull MeetingData data, Long ignoringMeetingId) {
        LocalDateTime start = data.startsAt();
        LocalDateTime end = data.endsAt();
        List<MeetingConflict> found = new ArrayList<>();
        for (Meeting other : meetings.startingBetween(start.minusMinutes(MeetingLimits.MAX_DURATION_MINUTES), end)) {
            if (Objects.equals(other.getId(), ignoringMeetingId)
                    || !other.getEndsAtLocal().isAfter(start)) {
                continue;
            }
            if (other.getBodyId() == data.bodyId()) {
                found.add(conflict(other, MeetingConflict.Kind.SAME_BODY));
            } else if (other.getStatus() == MeetingStatus.SCHEDULED
                    && data.place().sameRoomAs(other.getPlace())) {
                found.add(conflict(other, MeetingConflict.Kind.SAME_ROOM));
            }
        }
        return found;
    }

    /** What calendars and interpreters must hear about when it changes: the time and the way in, not the words. */
    private static List<Object> whenAndWhere(Meeting m) {
        MeetingPlace place = m.getPlace();
        return Arrays.asList(
                m.getStartsAtLocal(),
                m.getZone(),
                m.getDurationMinutes(),
                place.format(),
                place.location(),
                place.room(),
                place.onlineUrl(),
                place.dialIn());
    }

    private Meeting editable(long meetingId, long expectedVersion) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        if (meeting.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Meeting " + meetingId + " changed since it was read");
        }
        return meeting;
    }

    /** Another body's closed meeting is named only to those who may see it: the room is busy, that is all. */
    private MeetingConflict conflict(Meeting m, MeetingConflict.Kind kind) {
        boolean visible = m.isPublicMeeting()
                || kind == MeetingConflict.Kind.SAME_BODY
                || MeetingService.maySeeClosed(access, m.getBodyId());
        return new MeetingConflict(m.getId(), m.getBodyId(), visible ? m.getTitle() : null, m.getStartsAtLocal(), kind);
    }
}
