package roundtable.committees;

import java.util.List;

/** An active body and the people who sit on it today, by person id (a person on two seats once per seat). */
public record BodyMembers(BodySummary body, List<Long> personIds) {}
