package roundtable.meetings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a chair fills in to schedule a meeting. {@code location} is the address (or place name and
 * address); {@code room} and {@code accessNotes} (step-free entrance, parking, transit) complete it.
 */
public record MeetingData(
        long bodyId,
        @NotBlank @Size(max = MeetingLimits.TITLE) String title,
        @NotNull LocalDateTime startsAt,
        @NotNull ZoneId timeZone,
        @Min(MeetingLimits.MIN_DURATION_MINUTES) @Max(MeetingLimits.MAX_DURATION_MINUTES) int durationMinutes,
        @NotNull MeetingFormat format,
        @Size(max = MeetingLimits.LOCATION) String location,
        @Size(max = MeetingLimits.URL) @Pattern(regexp = MeetingLimits.WEB_LINK) String onlineUrl,
        boolean publicMeeting,
        @NotNull List<String> languagesOffered,
        @Size(max = MeetingLimits.DESCRIPTION) String descriptionHtml,
        @Size(max = MeetingLimits.ROOM) String room,
        @Size(max = MeetingLimits.ACCESS_NOTES) String accessNotes,
        @Size(max = MeetingLimits.DIAL_IN) String dialIn) {

    /** A meeting without room, access notes or dial-in. */
    public MeetingData(long bodyId, String title, LocalDateTime startsAt, ZoneId timeZone, int durationMinutes,
            MeetingFormat format, String location, String onlineUrl, boolean publicMeeting,
            List<String> languagesOffered, String descriptionHtml) {
        this(bodyId, title, startsAt, timeZone, durationMinutes, format, location, onlineUrl, publicMeeting,
                languagesOffered, descriptionHtml, null, null, null);
    }

    /** The same meeting at another local start, e.g. the next of a series or a moved one. */
    public MeetingData startingAt(LocalDateTime start) {
        return new MeetingData(bodyId, title, start, timeZone, durationMinutes, format, location, onlineUrl,
                publicMeeting, languagesOffered, descriptionHtml, room, accessNotes, dialIn);
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}
