package roundtable.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Role;
import roundtable.committees.CommitteeAccess;

/** The meetings feature's front door. */
@Service
@Validated
@Transactional(readOnly = true)
public class MeetingService {

    /** A meeting in progress still counts as upcoming, so latecomers find the join link. */
    static final Duration STILL_UPCOMING = Duration.ofHours(3);

    private final MeetingRepository meetings;
    private final CommitteeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RoundtableProperties properties;

    MeetingService(MeetingRepository meetings, CommitteeAccess access, ApplicationEventPublisher events, Clock clock,
            RoundtableProperties properties) {
        this.meetings = meetings;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    @PreAuthorize("@committeeAccess.canManage(#data.bodyId)")
    public long scheduleMeeting(@Valid MeetingData data) {
        Meeting meeting = meetings.save(new Meeting(data, MeetingStatus.SCHEDULED));
        events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getBodyId()));
        return meeting.getId();
    }

    /** The secretary records that a meeting took place; its minutes can then be written. */
    @Transactional
    public void recordHeld(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        if (!access.canRecord(meeting.getBodyId())) {
            throw new org.springframework.security.access.AccessDeniedException("Not a recorder of this body");
        }
        meeting.markHeld();
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

    /** A meeting the reader may see; closed meetings only for the body's members and administrators. */
    public Optional<MeetingSummary> find(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> (m.isPublicMeeting() && m.getStatus() != MeetingStatus.DRAFT) || maySeeClosed(m.getBodyId()))
                .map(MeetingSummary::of);
    }

    private boolean maySeeClosed(long bodyId) {
        return CurrentUser.hasRole(Role.ADMIN) || (CurrentUser.get().isPresent() && access.isMember(bodyId));
    }

    private LocalDateTime horizon() {
        return LocalDateTime.now(clock.withZone(properties.defaultTimeZone())).minus(STILL_UPCOMING);
    }
}
