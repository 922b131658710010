package roundtable.minutes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import roundtable.committees.CommitteeAccess;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/** The minutes feature's front door. */
@Service
@Transactional(readOnly = true)
public class MinutesService {

    private final MinutesRepository minutes;
    private final MeetingService meetings;
    private final CommitteeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesService(MinutesRepository minutes, MeetingService meetings, CommitteeAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long draftMinutes(long meetingId, String html) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        if (!access.canRecord(meeting.bodyId())) {
            throw new AccessDeniedException("Not a recorder of this body");
        }
        return minutes.save(new MinutesDocument(meeting.bodyId(), meetingId, meeting.title(),
                meeting.startsAtLocal().toLocalDate(), html)).getId();
    }

    @Transactional
    public void publishMinutes(long minutesId) {
        MinutesDocument document = minutes.findById(minutesId).orElseThrow();
        if (!access.canManage(document.getBodyId())) {
            throw new AccessDeniedException("Only the body's chair publishes its minutes");
        }
        document.publish(clock.instant());
        events.publishEvent(new MinutesPublished(minutesId, document.getBodyId()));
    }

    public List<MinutesSummary> published(int offset, int limit) {
        int size = Math.max(limit, 1);
        return minutes.published(PageRequest.of(offset / size, size)).stream().map(MinutesSummary::of).toList();
    }

    public List<MinutesSummary> publishedOf(long bodyId, int limit) {
        return minutes.publishedOf(bodyId, PageRequest.of(0, Math.max(limit, 1))).stream().map(MinutesSummary::of).toList();
    }

    public long countPublished() {
        return minutes.countPublished();
    }

    public Optional<MinutesSummary> findPublished(long minutesId) {
        return minutes.findById(minutesId).filter(m -> m.getStatus() == MinutesStatus.PUBLISHED)
                .map(MinutesSummary::of);
    }

    /*
     * PLACEHOLDERS for the public read API that the workflow piece (branch minutes-a) implements;
     * the permalink, PDF and page code against these signatures. Replace on merge.
     */

    /** One published version of the minutes; {@code number} null means the current version. */
    public Optional<PublishedMinutes> published(long minutesId, Integer number) {
        return Optional.empty();
    }

    /** The translation of the minutes into {@code language}, if someone has entered one. */
    public Optional<PublishedTranslation> translation(long minutesId, String language) {
        return Optional.empty();
    }
}
