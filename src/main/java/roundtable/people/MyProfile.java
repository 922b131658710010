package roundtable.people;

/**
 * The signed-in person's own record: what only administrators change, what they may change
 * themselves, and the version their edit starts from.
 */
public record MyProfile(
        long personId, long version, String fullName, String email, String affiliation, ProfileData profile) {

    static MyProfile of(Person p) {
        return new MyProfile(
                p.getId(), p.getVersion(), p.getFullName(), p.getEmail(), p.getAffiliation(), ProfileData.of(p));
    }
}
