package roundtable.committees;

/** A person offered when filling a seat: enough to tell namesakes apart, nothing more. */
public record PersonOption(long id, String fullName, String maskedEmail, String affiliation) {}
