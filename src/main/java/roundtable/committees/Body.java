package roundtable.committees;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import roundtable.base.persistence.VersionedEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import roundtable.base.html.RichText;

/** A committee, association, partnership or alliance: any group with a roster. */
@Entity
@Table(name = "body")
class Body extends VersionedEntity {

    @NotBlank
    @Size(max = CommitteeLimits.SLUG)
    private String slug;

    @NotBlank
    @Size(max = CommitteeLimits.NAME)
    private String name;

    @Size(max = CommitteeLimits.ACRONYM)
    private String acronym;

    @Enumerated(EnumType.STRING)
    private BodyKind kind;

    @Size(max = CommitteeLimits.DESCRIPTION)
    @Column(name = "description_html")
    private String descriptionHtml;

    @Column(name = "roster_public")
    private boolean rosterPublic;

    @Column(name = "quorum_fixed")
    private Integer quorumFixed;

    @Column(name = "languages_offered")
    private String languagesOffered;

    private boolean active;

    protected Body() {
    }

    Body(NewBody data) {
        this.slug = data.slug();
        this.name = data.name().strip();
        this.acronym = data.acronym() == null || data.acronym().isBlank() ? null : data.acronym().strip();
        this.kind = data.kind();
        this.descriptionHtml = RichText.sanitise(data.descriptionHtml());
        this.rosterPublic = data.rosterPublic();
        this.quorumFixed = data.quorumFixed();
        this.languagesOffered = String.join(",", data.languagesOffered());
        this.active = true;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    String getAcronym() {
        return acronym;
    }

    BodyKind getKind() {
        return kind;
    }

    String getDescriptionHtml() {
        return descriptionHtml;
    }

    boolean isRosterPublic() {
        return rosterPublic;
    }

    Integer getQuorumFixed() {
        return quorumFixed;
    }

    List<String> getLanguagesOffered() {
        return languagesOffered == null || languagesOffered.isBlank() ? List.of()
                : Arrays.stream(languagesOffered.split(",")).map(String::strip).toList();
    }

    boolean isActive() {
        return active;
    }

    void describe(String html) {
        this.descriptionHtml = RichText.sanitise(html);
    }
}
