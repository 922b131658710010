package roundtable.committees;

import java.time.LocalDate;
import roundtable.base.i18n.Language;

/**
 * One current membership as the roster manager sees it. {@code daysLeft} is set when the
 * term ends within the warning window; {@code missingRequirement} names the body a seat
 * requires when the holder is not currently on it.
 */
public record RosterMember(
        long membershipId,
        long version,
        long personId,
        String name,
        String email,
        String phone,
        Language language,
        String affiliation,
        boolean publicConsent,
        long seatGroupId,
        String seatGroup,
        Position position,
        LocalDate termStart,
        LocalDate termEnd,
        MembershipStatus status,
        Integer daysLeft,
        String missingRequirement) {}
