package roundtable.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import roundtable.base.html.RichText;
import roundtable.base.persistence.VersionedEntity;

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

    @Column(name = "contacts_visible")
    private boolean contactsVisible;

    @Column(name = "earliest_weekday_start")
    private LocalTime earliestWeekdayStart;

    @Column(name = "latest_end")
    private LocalTime latestEnd;

    @Column(name = "avoided_days")
    private String avoidedDays;

    protected Body() {}

    Body(NewBody data) {
        this.slug = data.slug();
        this.name = data.name().strip();
        this.acronym = data.acronym() == null || data.acronym().isBlank()
                ? null
                : data.acronym().strip();
        this.kind = data.kind();
        this.descriptionHtml = RichText.sanitise(data.descriptionHtml());
        this.rosterPublic = data.rosterPublic();
        this.quorumFixed = data.quorumFixed();
        this.languagesOffered = String.join(",", data.languagesOffered());
        this.active = true;
        // Members' addresses are private until an administrator decides the body shares them.
        this.contactsVisible = false;
        this.avoidedDays = "";
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
        return languagesOffered == null || languagesOffered.isBlank()
                ? List.of()
                : Arrays.stream(languagesOffered.split(",")).map(String::strip).toList();
    }

    boolean isActive() {
        return active;
    }

    boolean isContactsVisible() {
        return contactsVisible;
    }

    AccessibleTimeRules getTimeRules() {
        Set<DayOfWeek> days = avoidedDays == null || avoidedDays.isBlank()
                ? Set.of()
                : Arrays.stream(avoidedDays.split(","))
                        .map(String::strip)
                        .map(DayOfWeek::valueOf)
                        .collect(Collectors.toSet());
        return new AccessibleTimeRules(earliestWeekdayStart, latestEnd, days);
    }

    void configure(BodySettings settings) {
        this.name = settings.name().strip();
        this.acronym = settings.acronym() == null || settings.acronym().isBlank()
                ? null
                : settings.acronym().strip();
        this.kind = settings.kind();
        this.descriptionHtml = RichText.sanitise(settings.descriptionHtml());
        this.rosterPublic = settings.rosterPublic();
        this.contactsVisible = settings.contactsVisible();
        this.quorumFixed = settings.quorumFixed();
        this.languagesOffered = String.join(",", settings.languagesOffered());
        AccessibleTimeRules rules = settings.timeRules() == null ? AccessibleTimeRules.none() : settings.timeRules();
        this.earliestWeekdayStart = rules.earliestWeekdayStart();
        this.latestEnd = rules.latestEnd();
        this.avoidedDays =
                rules.avoidedDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.active = settings.active();
    }

    void describe(String html) {
        this.descriptionHtml = RichText.sanitise(html);
    }
}
