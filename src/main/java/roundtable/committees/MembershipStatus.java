package roundtable.committees;

/** ENDED marks a term someone ended before its planned end; a term that simply runs out stays ACTIVE. */
public enum MembershipStatus {
    ACTIVE,
    ENDED;
}
