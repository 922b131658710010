package roundtable.attendance.checkin;

/**
 * Whether enough voting members are present for the body to act: those checked in who hold a
 * voting seat, the voting seats filled, and how many the body's rule needs.
 */
public record Quorum(int votingPresent, int votingSeatsFilled, int needed) {

    public boolean met() {
        return votingPresent >= needed;
    }

    /** How many more voting members must arrive; 0 once the quorum is met. */
    public int stillNeeded() {
        return Math.max(0, needed - votingPresent);
    }
}
