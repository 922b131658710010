package roundtable.committees;

import java.util.List;

/** Seats grouped by constituency, with how many are filled. */
public record Roster(BodySummary body, List<Constituency> constituencies) {

    public record Constituency(String name, boolean voting, int seats, List<RosterSeat> members) {
        public int vacancies() {
            return Math.max(0, seats - members.size());
        }
    }
}
