package roundtable.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import roundtable.base.persistence.VersionedEntity;

/**
 * A person's translation of published minutes into one language, marked with the version it
 * translates ({@code basedOn}); out of date once a later version is published.
 */
@Entity
@Table(name = "minutes_translation")
class MinutesTranslation extends VersionedEntity {

    @Column(name = "minutes_id")
    private Long minutesId;

    private String language;

    @Column(name = "based_on")
    private int basedOn;

    private String html;

    private String translator;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MinutesTranslation() {}

    MinutesTranslation(long minutesId, String language, int basedOn, String html, String translator, Instant at) {
        this.minutesId = minutesId;
        this.language = language;
        update(basedOn, html, translator, at);
    }

    final void update(int basedOn, String html, String translator, Instant at) {
        this.basedOn = basedOn;
        // A translator typing plain paragraphs keeps them, as the secretary does in the minutes.
        this.html = MinutesContentRules.richText(html);
        this.translator = translator;
        this.updatedAt = at;
    }

    Long getMinutesId() {
        return minutesId;
    }

    String getLanguage() {
        return language;
    }

    int getBasedOn() {
        return basedOn;
    }

    String getHtml() {
        return html;
    }

    String getTranslator() {
        return translator;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
