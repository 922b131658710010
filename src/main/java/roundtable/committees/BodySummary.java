package roundtable.committees;

import java.util.List;

/** A body as the public sees it. */
public record BodySummary(
        long id,
        long version,
        String slug,
        String name,
        String acronym,
        BodyKind kind,
        String descriptionHtml,
        boolean rosterPublic,
        boolean contactsVisible,
        Integer quorumFixed,
        List<String> languagesOffered,
        AccessibleTimeRules timeRules,
        boolean active) {

    static BodySummary of(Body b) {
        return new BodySummary(
                b.getId(),
                b.getVersion(),
                b.getSlug(),
                b.getName(),
                b.getAcronym(),
                b.getKind(),
                b.getDescriptionHtml(),
                b.isRosterPublic(),
                b.isContactsVisible(),
                b.getQuorumFixed(),
                b.getLanguagesOffered(),
                b.getTimeRules(),
                b.isActive());
    }

    public BodySettings settings() {
        return new BodySettings(
                name,
                acronym,
                kind,
                descriptionHtml,
                rosterPublic,
                contactsVisible,
                quorumFixed,
                languagesOffered,
                timeRules,
                active);
    }

    /** "DAC" where there is an acronym, the name otherwise. */
    public String shortName() {
        return acronym != null ? acronym : name;
    }
}
