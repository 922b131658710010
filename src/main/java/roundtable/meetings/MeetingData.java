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
import roundtable.base.RuleViolationException;

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
        @Size(max = MeetingLimits.URL) @Pattern(regexp = MeetingLimits.WEB_LINK_OR_NONE) String onlineUrl,
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

    /** In person needs an address; online needs a way in (a join link or a dial-in). */
    public static void requirePlace(MeetingFormat format, String location, String onlineUrl, String dialIn) {
        if (format != MeetingFormat.ONLINE && (location == null || location.isBlank())) {
            throw new RuleViolationException("location", "meeting.error.place-required");
        }
        boolean noJoin = (onlineUrl == null || onlineUrl.isBlank()) && (dialIn == null || dialIn.isBlank());
        if (format != MeetingFormat.IN_PERSON && noJoin) {
            throw new RuleViolationException("onlineUrl", "meeting.error.join-required");
        }
        if (onlineUrl != null && !onlineUrl.isBlank() && !onlineUrl.strip().matches(MeetingLimits.WEB_LINK)) {
            throw new RuleViolationException("onlineUrl", "meeting-editor.online-url.invalid");
        }
    }

    /** A day no more than {@link MeetingLimits#YEARS_FROM_TODAY} years either side of today: further is a slip of the keyboard. */
    public static void requireWithinReach(String field, LocalDateTime start, java.time.LocalDate today) {
        java.time.LocalDate day = start.toLocalDate();
        if (day.isBefore(today.minusYears(MeetingLimits.YEARS_FROM_TODAY))
                || day.isAfter(today.plusYears(MeetingLimits.YEARS_FROM_TODAY))) {
            throw new RuleViolationException(field, "validation.date-range", MeetingLimits.YEARS_FROM_TODAY);
        }
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}
