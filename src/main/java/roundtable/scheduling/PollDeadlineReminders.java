package roundtable.scheduling;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.base.ReminderJob;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;

/**
 * "Find a time": a day (configurable) before a poll's deadline, everyone asked who has not
 * answered yet gets their link again, said as a reminder. A poll sent with less time than that
 * left is not reminded: its invitation has just arrived. One server claims each poll's reminder
 * with a conditional update, in the transaction that records the emails.
 */
@Component
class PollDeadlineReminders extends ReminderJob {

    private final PollRepository polls;
    private final PollLinks links;
    private final CommitteeService committees;
    private final PollReminderProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate separately;

    PollDeadlineReminders(
            PollRepository polls,
            PollLinks links,
            CommitteeService committees,
            PollReminderProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.polls = polls;
        this.links = links;
        this.committees = committees;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
    }

    @Override
    protected int sendDue() {
        Instant now = clock.instant();
        int reminded = 0;
        for (long pollId : polls.awaitingDeadlineReminder(now, now.plus(properties.pollDeadline()))) {
            reminded += separately.execute(tx -> remind(pollId, now));
        }
        return reminded;
    }

    private int remind(long pollId, Instant now) {
        if (polls.claimDeadlineReminder(pollId, now) == 0) {
            return 0;
        }
        Poll poll = polls.findById(pollId).orElseThrow();
        if (poll.getCreatedAt().isAfter(poll.getDeadline().minus(properties.pollDeadline()))) {
            // Claimed all the same, so it is not looked at again.
            return 0;
        }
        BodySummary body = committees.find(poll.getBodyId()).orElseThrow();
        int reminded = 0;
        for (PollInvitee invitee : poll.getInvitees()) {
            if (invitee.getAnsweredAt() == null && !invitee.anonymised()) {
                events.publishEvent(links.request(poll, invitee, body, true));
                reminded++;
            }
        }
        return reminded;
    }
}
