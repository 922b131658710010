package roundtable.people;

/** How a person may be named to the public: by name only with their consent. */
public record PublicName(long personId, String fullName, String affiliation, boolean consented) {
}
