package roundtable.committees;

/** A constituency on a body: how many seats, how many filled today, and who may hold them. */
public record SeatGroupSummary(
        long id,
        long version,
        String name,
        int seats,
        long filled,
        boolean voting,
        Integer termMonths,
        Long requiredBodyId,
        String requiredBodyName) {

    public long vacancies() {
        return Math.max(0, seats - filled);
    }
}
