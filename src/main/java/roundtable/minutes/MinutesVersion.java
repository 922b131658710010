package roundtable.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import roundtable.base.html.RichText;
import roundtable.base.persistence.VersionedEntity;

/**
 * One published version, frozen: the content it was made from, the html the renderer made and
 * the plain text of the same words. Never updated; a correction is the next number.
 */
@Entity
@Table(name = "minutes_version")
class MinutesVersion extends VersionedEntity {

    @Column(name = "minutes_id")
    private Long minutesId;

    private int number;

    @Column(name = "content_json")
    private String contentJson;

    private String html;

    @Column(name = "plain_text")
    private String plainText;

    @Column(name = "amendment_reason")
    private String amendmentReason;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    protected MinutesVersion() {}

    MinutesVersion(
            long minutesId,
            int number,
            String contentJson,
            String html,
            String plainText,
            String amendmentReason,
            Instant publishedAt,
            Long publishedBy) {
        this.minutesId = minutesId;
        this.number = number;
        this.contentJson = contentJson;
        this.html = html;
        this.plainText = plainText;
        this.amendmentReason = amendmentReason;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    Long getMinutesId() {
        return minutesId;
    }

    int getNumber() {
        return number;
    }

    String getContentJson() {
        return contentJson;
    }

    String getHtml() {
        return html;
    }

    /** Versions carried over from free-HTML minutes have no stored plain text; it is worked out here. */
    String getPlainText() {
        return plainText != null ? plainText : RichText.toPlainText(html);
    }

    String getAmendmentReason() {
        return amendmentReason;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Long getPublishedBy() {
        return publishedBy;
    }
}
