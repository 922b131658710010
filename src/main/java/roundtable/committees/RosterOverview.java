package roundtable.committees;

import java.util.List;

/** A body's constituencies with filled and vacant seats: the top of the roster page. */
public record RosterOverview(BodySummary body, List<SeatGroupSummary> seatGroups) {

    public long seats() {
        return seatGroups.stream().mapToLong(SeatGroupSummary::seats).sum();
    }

    public long vacancies() {
        return seatGroups.stream().mapToLong(SeatGroupSummary::vacancies).sum();
    }
}
