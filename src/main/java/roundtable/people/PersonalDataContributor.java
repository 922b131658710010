package roundtable.people;

/**
 * A feature that keeps something about a person beyond their profile. The personal-data
 * export asks every contributor, so the people feature can collect it all without
 * depending on the features that depend on it.
 */
public interface PersonalDataContributor {

    /** The name of this part of the export, e.g. "memberships". */
    String section();

    /** What the feature holds about the person, as records, lists or maps that JSON can carry. */
    Object personalDataOf(long personId);
}
