package roundtable.minutes;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.i18n.Dates;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaLimits;
import roundtable.meetings.AgendaService;
import roundtable.meetings.MeetingScheduled;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/**
 * Submitted minutes wait for the body to approve them: "Approval of the minutes" goes on the
 * agenda of the body's next meeting, or of the first one scheduled afterwards.
 */
@Component
class ApprovalItems {

    private final MinutesRepository minutes;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final MessageSource messages;
    private final Clock clock;

    ApprovalItems(
            MinutesRepository minutes,
            MeetingService meetings,
            AgendaService agenda,
            MessageSource messages,
            Clock clock) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.agenda = agenda;
        this.messages = messages;
        this.clock = clock;
    }

    /** Puts the approval on the next meeting's agenda (once); the meeting, or null while none is ahead. */
    Long onNextAgenda(MinutesDocument doc) {
        return nextMeetingOf(doc)
                .map(next -> {
                    if (!Objects.equals(next.id(), doc.getApprovalMeetingId())) {
                        agenda.addAgendaItem(next.id(), item(doc));
                    }
                    return next.id();
                })
                .orElse(null);
    }

    /**
     * Minutes submitted while the body had no meeting ahead get their "Approval of the minutes"
     * item on the first meeting scheduled afterwards, in the scheduling transaction.
     */
    @EventListener
    @Transactional
    void meetingScheduled(MeetingScheduled event) {
        List<MinutesDocument> waiting = minutes.awaitingApprovalMeeting(event.bodyId());
        if (waiting.isEmpty()) {
            return;
        }
        meetings.find(event.meetingId())
                .filter(m -> !m.cancelled() && m.startsAt().toInstant().isAfter(clock.instant()))
                .ifPresent(next -> waiting.forEach(doc -> {
                    agenda.addAgendaItem(next.id(), item(doc));
                    doc.awaitApprovalAt(next.id());
                }));
    }

    private Optional<MeetingSummary> nextMeetingOf(MinutesDocument doc) {
        return meetings.upcomingOf(doc.getBodyId(), 5).stream()
                .filter(m -> !m.cancelled() && m.startsAt().toInstant().isAfter(clock.instant()))
                .findFirst();
    }

    private AgendaItemData item(MinutesDocument doc) {
        String key = doc.getCurrentNumber() > 0 ? "minutes.approval-item.amended" : "minutes.approval-item";
        String title = messages.getMessage(
                key,
                new Object[] {doc.getTitle(), Dates.date(doc.getMeetingDate(), RecordFacts.ORIGINAL)},
                RecordFacts.ORIGINAL);
        return new AgendaItemData(
                title.length() <= AgendaLimits.TITLE ? title : title.substring(0, AgendaLimits.TITLE - 1) + "…",
                null,
                5,
                null,
                false);
    }
}
