package roundtable.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import roundtable.base.RuleViolationException;

/**
 * A regular meeting ("every second Tuesday"): scheduled at once as meetings that keep their local
 * time whatever the clocks do, each of which {@link MeetingPlanning} can later move or cancel on its own.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class MeetingSeriesPlanning {

    private final MeetingRepository meetings;
    private final MeetingSeriesRepository series;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingSeriesPlanning(
            MeetingRepository meetings, MeetingSeriesRepository series, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.series = series;
        this.events = events;
        this.clock = clock;
    }

    /** Schedules every meeting of the series, from {@code first}'s start, each announced as it is made. */
    @Transactional
    @PreAuthorize("@committeeAccess.canRecord(#first.bodyId)")
    public SeriesScheduled scheduleSeries(@Valid @NotNull MeetingData first, @NotNull Recurrence recurrence) {
        first.check(clock);
        checkRecurrence(first, recurrence);
        List<LocalDateTime> starts = recurrence.starts(first.startsAt(), MeetingLimits.MAX_OCCURRENCES + 1);
        if (starts.size() > MeetingLimits.MAX_OCCURRENCES) {
            throw new RuleViolationException("until", "series.error.too-many", MeetingLimits.MAX_OCCURRENCES);
        }
        MeetingSeries saved = series.save(new MeetingSeries(
                first.bodyId(), recurrence.rrule(first.startsAt()), first.startsAt(), first.timeZone()));
        List<Long> ids = new ArrayList<>();
        for (LocalDateTime start : starts) {
            Meeting meeting = meetings.save(Meeting.occurrence(
                    first.startingAt(start), MeetingStatus.SCHEDULED, clock.instant(), saved.getId()));
            events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getBodyId()));
            ids.add(meeting.getId());
        }
        return new SeriesScheduled(saved.getId(), ids);
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
        if (recurrence.count() != null
                && (recurrence.count() < 2 || recurrence.count() > MeetingLimits.MAX_OCCURRENCES)) {
            throw new RuleViolationException("count", "series.error.count", 2, MeetingLimits.MAX_OCCURRENCES);
        }
        if (recurrence.until() != null
                && !recurrence.until().isAfter(first.startsAt().toLocalDate())) {
            throw new RuleViolationException("until", "series.error.until-before-start");
        }
    }
}
