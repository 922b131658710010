package roundtable.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import roundtable.base.html.RichText;
import roundtable.base.persistence.VersionedEntity;

/**
 * A meeting of a body. Its start is stored as the local wall-clock time plus the zone, so a
 * 7 pm meeting stays at 7 pm whatever the clocks do between now and then.
 */
@Entity
@Table(name = "meeting")
class Meeting extends VersionedEntity {

    @Column(name = "body_id")
    private Long bodyId;

    @NotBlank
    @Size(max = MeetingLimits.TITLE)
    private String title;

    @Column(name = "starts_at_local")
    private LocalDateTime startsAtLocal;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Valid
    @Embedded
    private PlaceColumns place;

    @Column(name = "public_meeting")
    private boolean publicMeeting;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    @Size(max = MeetingLimits.DESCRIPTION)
    @Column(name = "description_html")
    private String descriptionHtml;

    @Size(max = MeetingLimits.CANCEL_REASON)
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "sequence_number")
    private int sequence;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "occurrence_local")
    private LocalDateTime occurrenceLocal;

    protected Meeting() {}

    Meeting(MeetingData data, MeetingStatus status, Instant now) {
        this.bodyId = data.bodyId();
        this.status = status;
        apply(data, now);
    }

    /** One occurrence of a series, remembering the start its rule gave it. */
    static Meeting occurrence(MeetingData data, MeetingStatus status, Instant now, long seriesId) {
        Meeting meeting = new Meeting(data, status, now);
        meeting.seriesId = seriesId;
        meeting.occurrenceLocal = data.startsAt();
        return meeting;
    }

    private void apply(MeetingData data, Instant now) {
        this.title = data.title().strip();
        this.startsAtLocal = data.startsAt();
        this.timeZone = data.timeZone().getId();
        this.durationMinutes = data.durationMinutes();
        this.place = PlaceColumns.of(data.place());
        this.publicMeeting = data.publicMeeting();
        this.descriptionHtml = RichText.sanitise(data.descriptionHtml());
        this.updatedAt = now;
    }

    /** A change calendars must pick up: SEQUENCE rises once the meeting has been announced. */
    void change(MeetingData data, Instant now) {
        apply(data, now);
        if (status != MeetingStatus.DRAFT) {
            sequence++;
        }
    }

    void schedule(Instant now) {
        this.status = MeetingStatus.SCHEDULED;
        this.updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason.strip();
        this.sequence++;
        this.updatedAt = now;
    }

    Long getBodyId() {
        return bodyId;
    }

    String getTitle() {
        return title;
    }

    LocalDateTime getStartsAtLocal() {
        return startsAtLocal;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    /** Resolved as RFC 5545 does: a time inside the spring-forward gap moves later by the gap. */
    ZonedDateTime startsAt() {
        return ZonedDateTime.ofLocal(startsAtLocal, getZone(), null);
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    MeetingPlace getPlace() {
        return place.place();
    }

    boolean isPublicMeeting() {
        return publicMeeting;
    }

    MeetingStatus getStatus() {
        return status;
    }

    String getDescriptionHtml() {
        return descriptionHtml;
    }

    String getCancelReason() {
        return cancelReason;
    }

    int getSequence() {
        return sequence;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Long getSeriesId() {
        return seriesId;
    }

    LocalDateTime getOccurrenceLocal() {
        return occurrenceLocal;
    }

    LocalDateTime getEndsAtLocal() {
        return startsAtLocal.plusMinutes(durationMinutes);
    }

    void markHeld() {
        this.status = MeetingStatus.HELD;
    }
}
