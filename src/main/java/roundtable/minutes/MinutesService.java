package roundtable.minutes;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import roundtable.base.html.RichText;
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

    // PLACEHOLDER (minutes-c): Helper A's read API, with its signatures, answered from today's single-version
    // records so the archive and feeds compile and work before minutes-a lands. Take minutes-a's versions.

    public List<PublishedMinutes> recentlyPublished(Long bodyId, int limit) {
        Pageable page = PageRequest.of(0, Math.max(limit, 1));
        List<MinutesDocument> found = bodyId == null ? minutes.published(page) : minutes.publishedOf(bodyId, page);
        return found.stream().map(MinutesService::placeholderPublished)
                .sorted(Comparator.comparing(PublishedMinutes::publishedAt).reversed()).toList();
    }

    public List<PublishedMinutes> allCurrent() {
        return minutes.published(Pageable.unpaged()).stream().map(MinutesService::placeholderPublished).toList();
    }

    public Instant lastPublicationChange() {
        return minutes.published(Pageable.unpaged()).stream().map(MinutesDocument::getPublishedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    public Optional<PublishedTranslation> translation(long minutesId, String language) {
        return Optional.empty();
    }

    private static PublishedMinutes placeholderPublished(MinutesDocument m) {
        return new PublishedMinutes(m.getId(), m.getMeetingId(), m.getBodyId(), null, null, m.getTitle(),
                m.getMeetingDate(), 1, m.getPublishedAt(), null, m.getContentHtml(),
                RichText.toPlainText(m.getContentHtml()), true,
                List.of(new PublishedMinutes.VersionInfo(1, m.getPublishedAt(), null)), List.of());
    }
}
