package roundtable.minutes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import roundtable.base.persistence.VersionedEntity;
import jakarta.validation.constraints.Size;
import roundtable.base.html.RichText;

/**
 * The record of one meeting. The meeting's title and date are copied in when the draft is
 * started, so the record keeps reading the same even if the meeting is later renamed.
 */
@Entity
@Table(name = "minutes")
class MinutesDocument extends VersionedEntity {

    static final int CONTENT = 200_000;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "meeting_id")
    private Long meetingId;

    private String title;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Enumerated(EnumType.STRING)
    private MinutesStatus status;

    @Size(max = CONTENT)
    @Column(name = "content_html")
    private String contentHtml;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected MinutesDocument() {
    }

    MinutesDocument(long bodyId, long meetingId, String title, LocalDate meetingDate, String html) {
        this.bodyId = bodyId;
        this.meetingId = meetingId;
        this.title = title;
        this.meetingDate = meetingDate;
        this.contentHtml = RichText.sanitise(html);
        this.status = MinutesStatus.DRAFT;
    }

    Long getBodyId() {
        return bodyId;
    }

    Long getMeetingId() {
        return meetingId;
    }

    String getTitle() {
        return title;
    }

    LocalDate getMeetingDate() {
        return meetingDate;
    }

    MinutesStatus getStatus() {
        return status;
    }

    String getContentHtml() {
        return contentHtml;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    void publish(Instant at) {
        if (status == MinutesStatus.PUBLISHED) {
            throw new IllegalStateException("Published minutes never change; amend them instead");
        }
        this.status = MinutesStatus.PUBLISHED;
        this.publishedAt = at;
    }
}
