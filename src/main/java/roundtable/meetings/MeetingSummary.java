package roundtable.meetings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** A meeting as its readers see it; the start is shown in the meeting's own zone. */
public record MeetingSummary(long id, long version, long bodyId, String title, LocalDateTime startsAtLocal,
        ZoneId zone, int durationMinutes, MeetingFormat format, String location, String onlineUrl,
        boolean publicMeeting, MeetingStatus status, List<String> languagesOffered, String descriptionHtml) {

    static MeetingSummary of(Meeting m) {
        return new MeetingSummary(m.getId(), m.getVersion(), m.getBodyId(), m.getTitle(), m.getStartsAtLocal(),
                m.getZone(), m.getDurationMinutes(), m.getFormat(), m.getLocation(), m.getOnlineUrl(),
                m.isPublicMeeting(), m.getStatus(), m.getLanguagesOffered(), m.getDescriptionHtml());
    }

    public ZonedDateTime startsAt() {
        return ZonedDateTime.ofLocal(startsAtLocal, zone, null);
    }

    public ZonedDateTime endsAt() {
        return startsAt().plusMinutes(durationMinutes);
    }
}
