package roundtable.minutes;

import java.util.Locale;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Vote;
import roundtable.minutes.MinutesContent.VoteKind;

/**
 * A motion's vote in numbers and its result. A roll call's counts come from the roll call, so
 * the two can never disagree. The rule is a simple majority of the votes cast: abstentions are
 * not votes cast, and a tie fails (no body in the district sets another rule yet).
 */
public record MotionTally(int yes, int no, int abstain, Result result) {

    public enum Result {
        CARRIED,
        FAILED,
        NO_VOTE;

        public String messageKey() {
            return "minutes.result." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static MotionTally of(Motion motion) {
        int yes = motion.yes();
        int no = motion.no();
        int abstain = motion.abstain();
        if (motion.voteKind() == VoteKind.ROLL_CALL) {
            yes = count(motion, Vote.YES);
            no = count(motion, Vote.NO);
            abstain = count(motion, Vote.ABSTAIN);
        }
        // Everyone abstaining is a vote that found no majority, not a missing vote.
        Result result = yes + no + abstain == 0 ? Result.NO_VOTE : yes > no ? Result.CARRIED : Result.FAILED;
        return new MotionTally(yes, no, abstain, result);
    }

    /** Everyone who took part in the vote, abstaining included: more than the voting members present is a mistake. */
    public int participants() {
        return yes + no + abstain;
    }

    private static int count(Motion motion, Vote vote) {
        return (int) motion.rollCall().stream().filter(v -> v.vote() == vote).count();
    }
}
