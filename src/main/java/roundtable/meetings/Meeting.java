package roundtable.meetings;

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

    protected Meeting() {
    }

    Meeting(MeetingData data, MeetingStatus status) {
        this.bodyId = data.bodyId();
        this.title = data.title().strip();
        this.startsAtLocal = data.startsAt();
        this.timeZone = data.timeZone().getId();
        this.durationMinutes = data.durationMinutes();
        this.format = data.format();
        this.location = data.location();
        this.onlineUrl = data.onlineUrl();
        this.publicMeeting = data.publicMeeting();
        this.languagesOffered = String.join(",", data.languagesOffered());
        this.descriptionHtml = RichText.sanitise(data.descriptionHtml());
        this.status = status;
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

    void markHeld() {
        this.status = MeetingStatus.HELD;
    }
}
