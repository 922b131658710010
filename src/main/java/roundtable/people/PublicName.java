package roundtable.people;

/**
 * How a person may be named to the public: by name only with their consent. An anonymised
 * person never consents; their seat is shown as held by a former member.
 */
public record PublicName(long personId, String fullName, String affiliation, boolean consented, boolean anonymised) {}
