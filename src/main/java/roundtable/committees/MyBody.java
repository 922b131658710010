package roundtable.committees;

/** A body the signed-in person sits on, and what they may do there. */
public record MyBody(BodySummary body, Position position, boolean canManage, boolean canRecord) {}
