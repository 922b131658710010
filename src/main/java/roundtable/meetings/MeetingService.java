package roundtable.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Open;
import roundtable.base.security.Role;
import roundtable.base.security.SystemUse;
import roundtable.committees.CommitteeAccess;

/**
 * The meetings feature's front door for reading: everyone reads the meetings they may see, the
 * public calendar and closed meetings' bare facts to anyone, closed meetings in full to the body's
 * members. Planning them is {@link MeetingPlanning}'s (one meeting) and {@link MeetingSeriesPlanning}'s.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    /** A meeting in progress still counts as upcoming, so latecomers find the join link. */
    static final Duration STILL_UPCOMING = Duration.ofHours(3);
    /** How far back the chair's list of a body's meetings reaches, so last month's can still be marked held. */
    static final Duration RECENT = Duration.ofDays(60);

    private final MeetingRepository meetings;
    private final CommitteeAccess access;
    private final Clock clock;
    private final RoundtableProperties properties;

    MeetingService(MeetingRepository meetings, CommitteeAccess access, Clock clock, RoundtableProperties properties) {
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
        this.properties = properties;
    }

    @Open(reason = "public meetings only, as the public calendar lists them")
    public List<MeetingSummary> upcomingPublic(int offset, int limit) {
        int size = Math.max(limit, 1);
        return meetings.upcomingPublic(horizon(), PageRequest.of(offset / size, size)).stream()
                .map(MeetingSummary::of)
                .toList();
    }

    @Open(reason = "counts the public meetings the public calendar lists")
    public long countUpcomingPublic() {
        return meetings.countUpcomingPublic(horizon());
    }

    /** Upcoming meetings of one body that this reader may see: public ones, or all for its members. */
    @Open(reason = "public meetings for everyone; closed ones only when the reader is the body's member")
    public List<MeetingSummary> upcomingOf(long bodyId, int limit) {
        boolean insider = maySeeClosed(bodyId);
        return meetings.upcomingOf(bodyId, horizon(), PageRequest.of(0, Math.max(limit, 1))).stream()
                .filter(m -> insider || m.isPublicMeeting())
                .map(MeetingSummary::of)
                .toList();
    }

    /** A body's meetings for those who run it: drafts and cancelled ones too, from two months back. */
    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
    public List<MeetingSummary> meetingsToManage(long bodyId, int offset, int limit) {
        int size = Math.max(limit, 1);
        return meetings.managedOf(bodyId, today().minus(RECENT), PageRequest.of(offset / size, size)).stream()
                .map(MeetingSummary::of)
                .toList();
    }

    @PreAuthorize("@committeeAccess.canRecord(#bodyId)")
    public long countMeetingsToManage(long bodyId) {
        return meetings.countManagedOf(bodyId, today().minus(RECENT));
    }

    /** A meeting the reader may see; closed meetings only for the body's members and administrators. */
    @Open(reason = "a public meeting for everyone; a closed one only for the body's members and administrators")
    public Optional<MeetingSummary> find(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m ->
                        (m.isPublicMeeting() && m.getStatus() != MeetingStatus.DRAFT) || maySeeClosed(m.getBodyId()))
                .filter(m -> m.getStatus() != MeetingStatus.DRAFT || access.canRecord(m.getBodyId()))
                .map(MeetingSummary::of);
    }

    /**
     * Meetings people asked language services for help with, closed ones included: the coordinator
     * arranges interpreters for every body. Drafts have no RSVPs, so they never appear.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public Map<Long, MeetingSummary> forLanguageServices(Collection<Long> meetingIds) {
        return meetings.findAllById(meetingIds).stream()
                .filter(m -> m.getStatus() != MeetingStatus.DRAFT)
                .collect(Collectors.toMap(Meeting::getId, MeetingSummary::of));
    }

    /**
     * When every meeting (drafts aside) starting from {@code from} up to, not including, {@code until}
     * happens, by its local date in its own zone, cancelled ones marked. Open to every reader: the
     * public calendar already says as much of each meeting, closed ones included.
     */
    @Open(reason = "when meetings happen is on the public calendar, closed ones included")
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
    @SystemUse(reason = "the reminder job, with nobody signed in, writes only to the people concerned")
    public List<MeetingSummary> scheduledStartingBetween(Instant from, Instant until) {
        // Stored as local time in each meeting's zone: a day either side covers every zone, then the instants decide.
        LocalDateTime wideFrom = LocalDateTime.ofInstant(from, ZoneOffset.UTC).minusDays(1);
        LocalDateTime wideUntil = LocalDateTime.ofInstant(until, ZoneOffset.UTC).plusDays(1);
        List<Long> ids = meetings.timesBetween(wideFrom, wideUntil).stream()
                .filter(r -> r.getStatus() == MeetingStatus.SCHEDULED)
                .filter(r -> {
                    var start = ZonedDateTime.ofLocal(r.getStartsAtLocal(), ZoneId.of(r.getTimeZone()), null)
                            .toInstant();
                    return !start.isBefore(from) && start.isBefore(until);
                })
                .map(MeetingRepository.TimeRow::getId)
                .toList();
        return ids.isEmpty()
                ? List.of()
                : meetings.findAllById(ids).stream().map(MeetingSummary::of).toList();
    }

    /**
     * A meeting named by a personal link its caller has already verified (a member's RSVP
     * invitation), for someone who is not signed in: closed meetings too, drafts never.
     */
    @Open(reason = "the caller has already verified the personal link that names this meeting")
    public Optional<MeetingSummary> findNamedByLink(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> m.getStatus() != MeetingStatus.DRAFT)
                .map(MeetingSummary::of);
    }

    /** A closed meeting as outsiders see it: only that it happens. Drafts stay invisible. */
    @Open(reason = "says only that a closed meeting happens, as the public calendar does")
    public Optional<ClosedMeeting> closedMeeting(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> !m.isPublicMeeting() && m.getStatus() != MeetingStatus.DRAFT)
                .map(ClosedMeeting::of);
    }

    /** Whether the signed-in person may change this meeting: the page shows its editing actions only then. */
    @Open(reason = "a question about the person asking: whether to show the editing actions")
    public boolean canManage(long meetingId) {
        return meetings.findById(meetingId)
                .map(m -> access.canRecord(m.getBodyId()))
                .orElse(false);
    }

    private boolean maySeeClosed(long bodyId) {
        return maySeeClosed(access, bodyId);
    }

    /** Administrators, and members of the body when signed in, see its closed meetings in full. */
    static boolean maySeeClosed(CommitteeAccess access, long bodyId) {
        return CurrentUser.hasRole(Role.ADMIN) || (CurrentUser.get().isPresent() && access.isMember(bodyId));
    }

    private LocalDateTime horizon() {
        return today().minus(STILL_UPCOMING);
    }

    private LocalDateTime today() {
        return LocalDateTime.now(clock.withZone(properties.defaultTimeZone()));
    }
}
