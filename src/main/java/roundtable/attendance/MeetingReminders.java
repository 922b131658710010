package roundtable.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.base.ReminderJob;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * Reminds those attending a meeting (in person or online) at each configured time before it: two
 * days and two hours by default. A reminder is due once its moment has passed and the meeting has
 * not started; only the nearest one is sent (a server that was down does not send both), and none
 * whose moment came before the meeting's last change, whose email already said everything.
 * Each meeting's reminder is claimed by a unique row in its own transaction, with its events: a
 * second server racing for it fails to insert and sends nothing.
 */
@Component
class MeetingReminders extends ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final MeetingReminderRepository reminders;
    private final RsvpRepository rsvps;
    private final MeetingService meetings;
    private final AttendeeNotices notices;
    private final ReminderProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate separately;

    MeetingReminders(
            MeetingReminderRepository reminders,
            RsvpRepository rsvps,
            MeetingService meetings,
            AttendeeNotices notices,
            ReminderProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.reminders = reminders;
        this.rsvps = rsvps;
        this.meetings = meetings;
        this.notices = notices;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
    }

    @Override
    protected int sendDue() {
        if (properties.offsets().isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Duration longest = properties.offsets().getLast();
        int reminded = 0;
        for (MeetingSummary meeting : meetings.scheduledStartingBetween(now, now.plus(longest))) {
            Optional<Duration> due = dueOffset(meeting, now);
            if (due.isEmpty()
                    || reminders.existsByMeetingIdAndOffsetMinutesAndSequence(
                            meeting.id(), due.get().toMinutes(), meeting.sequence())) {
                continue;
            }
            try {
                reminded += separately.execute(tx -> remind(meeting, due.get()));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // Another server claimed it first (or holds it now): its emails go, ours rolled back.
                log.debug("another server reminded meeting {} first", meeting.id());
            }
        }
        return reminded;
    }

    /** The nearest reminder whose moment has passed, unless the meeting changed after it. */
    Optional<Duration> dueOffset(MeetingSummary meeting, Instant now) {
        Instant start = meeting.startsAt().toInstant();
        return properties.offsets().stream()
                .filter(o -> !start.minus(o).isAfter(now))
                .findFirst()
                .filter(o -> meeting.updatedAt() == null || start.minus(o).isAfter(meeting.updatedAt()));
    }

    private int remind(MeetingSummary meeting, Duration before) {
        reminders.saveAndFlush(
                new MeetingReminder(meeting.id(), before.toMinutes(), meeting.sequence(), clock.instant()));
        MeetingFacts facts = notices.facts(meeting);
        int reminded = 0;
        for (Rsvp rsvp : rsvps.findByMeetingId(meeting.id())) {
            if (rsvp.getState() != RsvpState.CONFIRMED || !rsvp.getResponse().takesPlace()) {
                continue;
            }
            AttendeeNotices.Recipient who = notices.recipientOf(rsvp);
            if (who == null || who.email() == null || who.email().isBlank()) {
                continue;
            }
            // One that could not be arranged is named too: better to know before setting off.
            Optional<AccessRequest> interpretation = rsvp.getRequests().stream()
                    .filter(r -> r.getStatus() != RequestStatus.CLOSED && r.getKind() == RequestKind.INTERPRETATION)
                    .findFirst();
            events.publishEvent(new MeetingReminderDue(
                    meeting.id(),
                    rsvp.getId(),
                    meeting.sequence(),
                    before,
                    who.name(),
                    who.email(),
                    who.language(),
                    facts,
                    rsvp.getResponse(),
                    interpretation.map(AccessRequest::getLanguageTag).orElse(null),
                    interpretation.map(AccessRequest::getInterpretationMode).orElse(null),
                    interpretation.map(AccessRequest::getStatus).orElse(null),
                    rsvp.guest() ? notices.manageLink(rsvp, meeting) : null));
            reminded++;
        }
        return reminded;
    }
}
