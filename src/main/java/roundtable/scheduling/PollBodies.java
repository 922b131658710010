package roundtable.scheduling;

import org.springframework.stereotype.Component;

/**
 * The body a poll belongs to, for the access rules on service methods that name a poll:
 * {@code @committeeAccess.canRecord(@pollBodies.of(#pollId))}. An unknown poll is said to be
 * unknown, as the page expects, whoever asks.
 */
@Component("pollBodies")
class PollBodies {

    private final PollRepository polls;

    PollBodies(PollRepository polls) {
        this.polls = polls;
    }

    public long of(long pollId) {
        return polls.bodyOf(pollId).orElseThrow(() -> new UnknownPollException(pollId));
    }
}
