package roundtable.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    @Size(max = MeetingLimits.LOCATION)
    private String location;

    @Size(max = MeetingLimits.URL)
    @Column(name = "online_url")
    private String onlineUrl;

    @Column(name = "public_meeting")
    private boolean publicMeeting;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    @Column(name = "languages_offered")
    private String languagesOffered;

    @Size(max = MeetingLimits.DESCRIPTION)
    @Column(name = "description_html")
    private String descriptionHtml;

    @Size(max = MeetingLimits.ROOM)
    private String room;

    @Size(max = MeetingLimits.ACCESS_NOTES)
    @Column(name = "access_notes")
    private String accessNotes;

    @Size(max = MeetingLimits.DIAL_IN)
    @Column(name = "dial_in")
    private String dialIn;

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

    protected Meeting() {
    }

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
        this.format = data.format();
        this.location = blankToNull(data.location());
        this.onlineUrl = blankToNull(data.onlineUrl());
        this.publicMeeting = data.publicMeeting();
        this.languagesOffered = String.join(",", data.languagesOffered());
        this.descriptionHtml = RichText.sanitise(data.descriptionHtml());
        this.room = blankToNull(data.room());
        this.accessNotes = blankToNull(data.accessNotes());
        this.dialIn = blankToNull(data.dialIn());
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    MeetingFormat getFormat() {
        return format;
    }

    String getLocation() {
        return location;
    }

    String getOnlineUrl() {
        return onlineUrl;
    }

    boolean isPublicMeeting() {
        return publicMeeting;
    }

    MeetingStatus getStatus() {
        return status;
    }

    List<String> getLanguagesOffered() {
        return languagesOffered == null || languagesOffered.isBlank() ? List.of()
                : Arrays.stream(languagesOffered.split(",")).map(String::strip).toList();
    }

    String getDescriptionHtml() {
        return descriptionHtml;
    }

    String getRoom() {
        return room;
    }

    String getAccessNotes() {
        return accessNotes;
    }

    String getDialIn() {
        return dialIn;
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
