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

/** What a chair fills in to schedule a meeting. */
public record MeetingData(
        long bodyId,
        @NotBlank @Size(max = MeetingLimits.TITLE) String title,
        @NotNull LocalDateTime startsAt,
        @NotNull ZoneId timeZone,
        @Min(15) @Max(MeetingLimits.MAX_DURATION_MINUTES) int durationMinutes,
        @NotNull MeetingFormat format,
        @Size(max = MeetingLimits.LOCATION) String location,
        @Size(max = MeetingLimits.URL) @Pattern(regexp = "https?://\\S+") String onlineUrl,
        boolean publicMeeting,
        @NotNull List<String> languagesOffered,
        @Size(max = MeetingLimits.DESCRIPTION) String descriptionHtml) {
}
