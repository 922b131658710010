package roundtable.committees;

import java.time.LocalDate;

/**
 * One line of a roster. On public rosters {@code name} is null unless the person consented;
 * {@code email} and {@code phone} are only filled for readers allowed to contact members.
 * A seat whose holder was anonymised has {@code formerMember} set and nothing else about them.
 */
public record RosterSeat(
        String seatGroup,
        boolean voting,
        Position position,
        String name,
        String affiliation,
        String email,
        String phone,
        LocalDate termEnd,
        boolean formerMember) {}
