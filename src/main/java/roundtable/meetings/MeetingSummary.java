package roundtable.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting as its readers see it; the start is shown in the meeting's own zone. {@code sequence}
 * is the iCalendar SEQUENCE; {@code seriesId} and {@code occurrenceLocal} are set for meetings of a
 * recurring series.
 */
public record MeetingSummary(
        long id,
        long version,
        long bodyId,
        String title,
        LocalDateTime startsAtLocal,
        ZoneId zone,
        int durationMinutes,
        MeetingFormat format,
        String location,
        String onlineUrl,
        boolean publicMeeting,
        MeetingStatus status,
        List<String> languagesOffered,
        String descriptionHtml,
        String room,
        String accessNotes,
        String dialIn,
        String cancelReason,
        int sequence,
        Instant updatedAt,
        Long seriesId,
        LocalDateTime occurrenceLocal) {

    static MeetingSummary of(Meeting m) {
        MeetingPlace place = m.getPlace();
        return new MeetingSummary(
                m.getId(),
                m.getVersion(),
                m.getBodyId(),
                m.getTitle(),
                m.getStartsAtLocal(),
                m.getZone(),
                m.getDurationMinutes(),
                place.format(),
                place.location(),
                place.onlineUrl(),
                m.isPublicMeeting(),
                m.getStatus(),
                place.languagesOffered(),
                m.getDescriptionHtml(),
                place.room(),
                place.accessNotes(),
                place.dialIn(),
                m.getCancelReason(),
                m.getSequence(),
                m.getUpdatedAt(),
                m.getSeriesId(),
                m.getOccurrenceLocal());
    }

    /** Where and how people take part, as one value: what the chair's form edits. */
    public MeetingPlace place() {
        return new MeetingPlace(format, location, room, accessNotes, onlineUrl, dialIn, languagesOffered);
    }

    /** Resolved as RFC 5545 says: a time in the spring-forward gap moves later by the gap, a repeated time takes the first. */
    public ZonedDateTime startsAt() {
        return ZonedDateTime.ofLocal(startsAtLocal, zone, null);
    }

    public ZonedDateTime endsAt() {
        return startsAt().plusMinutes(durationMinutes);
    }

    public LocalDateTime endsAtLocal() {
        return startsAtLocal.plusMinutes(durationMinutes);
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** What the chair's form starts from when editing this meeting. */
    public MeetingData data() {
        return new MeetingData(
                bodyId, title, startsAtLocal, zone, durationMinutes, place(), publicMeeting, descriptionHtml);
    }
}
