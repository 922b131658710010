package roundtable.scheduling;

/** A current member of the body the chair may invite to answer. */
public record InvitableMember(long personId, String name, String constituency) {}
