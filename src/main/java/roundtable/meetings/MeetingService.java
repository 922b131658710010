package roundtable.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import roundtable.base.PlainText;
import roundtable.base.RoundtableProperties;
import roundtable.base.html.RichText;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.RuleViolationException;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Role;
import roundtable.committees.CommitteeAccess;

/**
 * The meetings feature's front door. A body's chair, vice-chair and secretary (and administrators)
 * draft, schedule, change and cancel its meetings; everyone else reads what they may see.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MeetingService {

    /** A meeting in progress still counts as upcoming, so latecomers find the join link. */
    static final Duration STILL_UPCOMING = Duration.ofHours(3);
    /** How far back the chair's list of a body's meetings reaches, so last month's can still be marked held. */
    static final Duration RECENT = Duration.ofDays(60);

    private final MeetingRepository meetings;
    private final MeetingSeriesRepository series;
    private final AgendaDiscarding agendas;
    private final CommitteeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundtableProperties properties;

    MeetingService(MeetingRepository meetings, MeetingSeriesRepository series, AgendaDiscarding agendas,
            CommitteeAccess access, ApplicationEventPublisher events, Clock clock, RoundtableProperties properties) {
        this.meetings = meetings;
        this.series = series;
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
        checkPlace(data);
        return meetings.save(new Meeting(data, MeetingStatus.DRAFT, clock.instant())).getId();
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(#data.bodyId)")
    public long scheduleMeeting(@Valid @NotNull MeetingData data) {
        checkPlace(data);
        Meeting meeting = meetings.save(new Meeting(data, MeetingStatus.SCHEDULED, clock.instant()));
        events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getBodyId()));
        return meeting.getId();
    }

    /** Puts a draft on the calendar. */
    @Transactional
    public void scheduleDraft(long meetingId, long expectedVersion) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (meeting.getStatus() != MeetingStatus.DRAFT) {
            throw new RuleViolationException("status", "meeting.error.not-draft");
        }
        meeting.schedule(clock.instant());
        events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getBodyId()));
    }

    /**
     * Schedules every meeting of a recurring series at the same local time, whatever the clocks
     * do in between; each can later be moved or cancelled on its own.
     */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(#first.bodyId)")
    public SeriesScheduled scheduleSeries(@Valid @NotNull MeetingData first, @NotNull Recurrence recurrence) {
        checkPlace(first);
        checkRecurrence(first, recurrence);
        List<LocalDateTime> starts = recurrence.starts(first.startsAt(), MeetingLimits.MAX_OCCURRENCES + 1);
        if (starts.size() > MeetingLimits.MAX_OCCURRENCES) {
            throw new RuleViolationException("until", "series.error.too-many", MeetingLimits.MAX_OCCURRENCES);
        }
        MeetingSeries saved = series.save(new MeetingSeries(first.bodyId(), recurrence.rrule(first.startsAt()),
                first.startsAt(), first.timeZone()));
        List<Long> ids = new ArrayList<>();
        for (LocalDateTime start : starts) {
            MeetingData occurrence = first.startingAt(start);
            Meeting meeting = meetings.save(Meeting.occurrence(occurrence, MeetingStatus.SCHEDULED, clock.instant(),
                    saved.getId()));
            events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getBodyId()));
            ids.add(meeting.getId());
        }
        return new SeriesScheduled(saved.getId(), ids);
    }

    /** Moves a meeting or changes its details; calendars are told through a higher SEQUENCE. */
    @Transactional
    public MeetingSummary updateMeeting(long meetingId, long expectedVersion, @Valid @NotNull MeetingData data) {
        Meeting meeting = editable(meetingId, expectedVersion);
        if (data.bodyId() != meeting.getBodyId()) {
            throw new RuleViolationException("bodyId", "meeting.error.body-fixed");
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED || meeting.getStatus() == MeetingStatus.HELD) {
            throw new RuleViolationException("status", "meeting.error.closed");
        }
        checkPlace(data);
        if (meeting.getStatus() == MeetingStatus.SCHEDULED && meeting.isPublicMeeting() && !data.publicMeeting()) {
            // Public feeds would simply drop it, leaving subscribers a stale copy with the join link.
            throw new RuleViolationException("publicMeeting", "meeting.error.public-to-closed");
        }
        LocalDateTime previousStart = meeting.getStartsAtLocal();
        List<Object> whenAndWhere = whenAndWhere(meeting);
        meeting.change(data, clock.instant());
        meetings.flush();
        if (meeting.getStatus() == MeetingStatus.SCHEDULED) {
            events.publishEvent(new MeetingChanged(meeting.getId(), meeting.getBodyId(), previousStart,
                    meeting.getSequence(), !whenAndWhere.equals(whenAndWhere(meeting))));
        }
        return MeetingSummary.of(meeting);
    }

    /** Calls a meeting off; it stays on the calendar marked cancelled, with the reason, so nobody turns up. */
    @Transactional
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
            throw new RuleViolationException("status", meeting.getStatus() == MeetingStatus.DRAFT
                    ? "meeting.error.draft-discard" : "meeting.error.closed");
        }
        meeting.cancel(reason, clock.instant());
        events.publishEvent(new MeetingCancelled(meeting.getId(), meeting.getBodyId(), meeting.getCancelReason(),
                meeting.getSequence()));
    }

    /** A draft nobody was told about goes away with its agenda and papers. */
    @Transactional
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
    public void recordHeld(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        requireRecorder(meeting);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new RuleViolationException("status", "meeting.error.closed");
        }
        if (meeting.getStartsAtLocal().isAfter(today())) {
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
            if (Objects.equals(other.getId(), ignoringMeetingId) || !other.getEndsAtLocal().isAfter(start)) {
                continue;
            }
            if (other.getBodyId() == data.bodyId()) {
                found.add(conflict(other, MeetingConflict.Kind.SAME_BODY));
            } else if (other.getStatus() == MeetingStatus.SCHEDULED && data.format() != MeetingFormat.ONLINE
                    && other.getFormat() != MeetingFormat.ONLINE
                    && samePlace(data.location(), other.getLocation()) && samePlace(data.room(), other.getRoom())) {
                found.add(conflict(other, MeetingConflict.Kind.SAME_ROOM));
            }
        }
        return found;
    }

    public List<MeetingSummary> upcomingPublic(int offset, int limit) {
        int size = Math.max(limit, 1);
        return meetings.upcomingPublic(horizon(), PageRequest.of(offset / size, size)).stream()
                .map(MeetingSummary::of).toList();
    }

    public long countUpcomingPublic() {
        return meetings.countUpcomingPublic(horizon());
    }

    /** Upcoming meetings of one body that this reader may see: public ones, or all for its members. */
    public List<MeetingSummary> upcomingOf(long bodyId, int limit) {
        boolean insider = maySeeClosed(bodyId);
        return meetings.upcomingOf(bodyId, horizon(), PageRequest.of(0, Math.max(limit, 1))).stream()
                .filter(m -> insider || m.isPublicMeeting())
                .map(MeetingSummary::of).toList();
    }

    /** A body's meetings for those who run it: drafts and cancelled ones too, from two months back. */
    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
    public List<MeetingSummary> meetingsToManage(long bodyId, int offset, int limit) {
        int size = Math.max(limit, 1);
        return meetings.managedOf(bodyId, today().minus(RECENT), PageRequest.of(offset / size, size)).stream()
                .map(MeetingSummary::of).toList();
    }

    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
    public long countMeetingsToManage(long bodyId) {
        return meetings.countManagedOf(bodyId, today().minus(RECENT));
    }

    /** A meeting the reader may see; closed meetings only for the body's members and administrators. */
    public Optional<MeetingSummary> find(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> (m.isPublicMeeting() && m.getStatus() != MeetingStatus.DRAFT) || maySeeClosed(m.getBodyId()))
                .filter(m -> m.getStatus() != MeetingStatus.DRAFT || access.canRecord(m.getBodyId()))
                .map(MeetingSummary::of);
    }

    /**
     * Meetings people asked language services for help with, closed ones included: the coordinator
     * arranges interpreters for every body. Drafts have no RSVPs, so they never appear.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public Map<Long, MeetingSummary> forLanguageServices(Collection<Long> meetingIds) {
        return meetings.findAllById(meetingIds).stream().filter(m -> m.getStatus() != MeetingStatus.DRAFT)
                .collect(Collectors.toMap(Meeting::getId, MeetingSummary::of));
    }

    /**
     * When every meeting (drafts aside) starting from {@code from} up to, not including, {@code until}
     * happens, by its local date in its own zone, cancelled ones marked. Open to every reader: the
     * public calendar already says as much of each meeting, closed ones included.
     */
    public List<MeetingTime> timesBetween(LocalDate from, LocalDate until) {
        return meetings.timesBetween(from.atStartOfDay(), until.atStartOfDay()).stream()
                .map(r -> new MeetingTime(r.getId(), r.getStartsAtLocal(), ZoneId.of(r.getTimeZone()), r.getStatus()))
                .toList();
    }

    /**
     * Scheduled meetings starting at or after {@code from} and before {@code until}, closed ones
     * included, for background work that writes to the people concerned (reminders to those
     * attending), never for showing to a reader.
     */
    public List<MeetingSummary> scheduledStartingBetween(java.time.Instant from, java.time.Instant until) {
        // Stored as local time in each meeting's zone: a day either side covers every zone, then the instants decide.
        LocalDateTime wideFrom = LocalDateTime.ofInstant(from, java.time.ZoneOffset.UTC).minusDays(1);
        LocalDateTime wideUntil = LocalDateTime.ofInstant(until, java.time.ZoneOffset.UTC).plusDays(1);
        List<Long> ids = meetings.timesBetween(wideFrom, wideUntil).stream()
                .filter(r -> r.getStatus() == MeetingStatus.SCHEDULED)
                .filter(r -> {
                    var start = java.time.ZonedDateTime.ofLocal(r.getStartsAtLocal(), ZoneId.of(r.getTimeZone()), null)
                            .toInstant();
                    return !start.isBefore(from) && start.isBefore(until);
                }).map(MeetingRepository.TimeRow::getId).toList();
        return ids.isEmpty() ? List.of() : meetings.findAllById(ids).stream().map(MeetingSummary::of).toList();
    }

    /**
     * A meeting named by a personal link its caller has already verified (a member's RSVP
     * invitation), for someone who is not signed in: closed meetings too, drafts never.
     */
    public Optional<MeetingSummary> findNamedByLink(long meetingId) {
        return meetings.findById(meetingId).filter(m -> m.getStatus() != MeetingStatus.DRAFT).map(MeetingSummary::of);
    }

    /** A closed meeting as outsiders see it: only that it happens. Drafts stay invisible. */
    public Optional<ClosedMeeting> closedMeeting(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> !m.isPublicMeeting() && m.getStatus() != MeetingStatus.DRAFT)
                .map(ClosedMeeting::of);
    }

    /** Whether the signed-in person may change this meeting: the page shows its editing actions only then. */
    public boolean canManage(long meetingId) {
        return meetings.findById(meetingId).map(m -> access.canRecord(m.getBodyId())).orElse(false);
    }

    private static List<Object> whenAndWhere(Meeting m) {
        return java.util.Arrays.asList(m.getStartsAtLocal(), m.getZone(), m.getDurationMinutes(), m.getFormat(),
                m.getLocation(), m.getRoom(), m.getOnlineUrl(), m.getDialIn());
    }

    private Meeting editable(long meetingId, long expectedVersion) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        requireRecorder(meeting);
        if (meeting.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Meeting " + meetingId + " changed since it was read");
        }
        return meeting;
    }

    private void requireRecorder(Meeting meeting) {
        if (!access.canRecord(meeting.getBodyId())) {
            throw new AccessDeniedException("Not a chair or secretary of this body");
        }
    }

    /**
     * What Bean Validation on the record cannot say: hidden characters, languages nobody can
     * interpret, a date no calendar shows, and a description that grows past its column once
     * sanitised (every {@code &} becomes {@code &amp;}).
     */
    private void checkPlace(MeetingData data) {
        PlainText.required("title", data.title());
        PlainText.require("location", data.location());
        PlainText.require("room", data.room());
        PlainText.requireLines("accessNotes", data.accessNotes());
        PlainText.require("dialIn", data.dialIn());
        PlainText.require("onlineUrl", data.onlineUrl());
        RichText.require("descriptionHtml", data.descriptionHtml());
        LanguageNames.requireOffered("languagesOffered", data.languagesOffered());
        MeetingData.requireWithinReach("startsAt", data.startsAt(), LocalDate.now(clock.withZone(data.timeZone())));
        if (RichText.sanitise(data.descriptionHtml()).length() > MeetingLimits.DESCRIPTION) {
            throw new RuleViolationException("descriptionHtml", "validation.too-long", MeetingLimits.DESCRIPTION);
        }
        MeetingData.requirePlace(data.format(), data.location(), data.onlineUrl(), data.dialIn());
    }

    private static void checkRecurrence(MeetingData first, Recurrence recurrence) {
        if (recurrence.pattern() == null) {
            throw new RuleViolationException("pattern", "series.error.pattern-required");
        }
        if (recurrence.interval() < 1 || recurrence.interval() > 12) {
            throw new RuleViolationException("interval", "series.error.interval", 1, 12);
        }
        if ((recurrence.until() == null) == (recurrence.count() == null)) {
            throw new RuleViolationException("until", "series.error.end-required");
        }
        if (recurrence.count() != null && (recurrence.count() < 2 || recurrence.count() > MeetingLimits.MAX_OCCURRENCES)) {
            throw new RuleViolationException("count", "series.error.count", 2, MeetingLimits.MAX_OCCURRENCES);
        }
        if (recurrence.until() != null && !recurrence.until().isAfter(first.startsAt().toLocalDate())) {
            throw new RuleViolationException("until", "series.error.until-before-start");
        }
    }

    /** Another body's closed meeting is named only to those who may see it: the room is busy, that is all. */
    private MeetingConflict conflict(Meeting m, MeetingConflict.Kind kind) {
        boolean visible = m.isPublicMeeting() || kind == MeetingConflict.Kind.SAME_BODY || maySeeClosed(m.getBodyId());
        return new MeetingConflict(m.getId(), m.getBodyId(), visible ? m.getTitle() : null, m.getStartsAtLocal(), kind);
    }

    private static boolean samePlace(String a, String b) {
        String x = a == null ? "" : a.strip().toLowerCase(Locale.ROOT);
        String y = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
        return x.equals(y);
    }

    private boolean maySeeClosed(long bodyId) {
        return CurrentUser.hasRole(Role.ADMIN) || (CurrentUser.get().isPresent() && access.isMember(bodyId));
    }

    private LocalDateTime horizon() {
        return today().minus(STILL_UPCOMING);
    }

    private LocalDateTime today() {
        return LocalDateTime.now(clock.withZone(properties.defaultTimeZone()));
    }
}
