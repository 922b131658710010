package roundtable.committees;

import java.util.List;

/**
 * Who sits on a body today and in which constituency, and how many seated voting members
 * make a quorum: the fixed number when the body sets one, otherwise a majority.
 */
public record VotingComposition(long bodyId, int quorumNeeded, List<Seat> seats) {

    /** One current membership; {@code constituency} is null for a member without a seat group. */
    public record Seat(long personId, String constituency, boolean voting) {}

    public VotingComposition {
        seats = List.copyOf(seats);
    }

    static int majorityOf(long seatedVoting) {
        return (int) (seatedVoting / 2 + 1);
    }
}
