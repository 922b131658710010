package roundtable.committees;

import java.util.List;

/** A body as the public sees it. */
public record BodySummary(long id, long version, String slug, String name, String acronym, BodyKind kind,
        String descriptionHtml, boolean rosterPublic, List<String> languagesOffered) {

    static BodySummary of(Body b) {
        return new BodySummary(b.getId(), b.getVersion(), b.getSlug(), b.getName(), b.getAcronym(), b.getKind(),
                b.getDescriptionHtml(), b.isRosterPublic(), b.getLanguagesOffered());
    }

    /** "DAC" where there is an acronym, the name otherwise. */
    public String shortName() {
        return acronym != null ? acronym : name;
    }
}
