package roundtable.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.html.RichText;

/** What a chair fills in to schedule a meeting: what, when, where and how ({@link MeetingPlace}), for whom. */
public record MeetingData(
        long bodyId,
        @NotBlank @Size(max = MeetingLimits.TITLE) String title,
        @NotNull LocalDateTime startsAt,
        @NotNull ZoneId timeZone,

        @Min(MeetingLimits.MIN_DURATION_MINUTES) @Max(MeetingLimits.MAX_DURATION_MINUTES)
        int durationMinutes,

        @Valid @NotNull MeetingPlace place,
        boolean publicMeeting,
        @Size(max = MeetingLimits.DESCRIPTION) String descriptionHtml) {

    /** A meeting whose place is only an address and a join link: no room, access notes or dial-in. */
    public MeetingData(
            long bodyId,
            String title,
            LocalDateTime startsAt,
            ZoneId timeZone,
            int durationMinutes,
            MeetingFormat format,
            String location,
            String onlineUrl,
            boolean publicMeeting,
            List<String> languagesOffered,
            String descriptionHtml) {
        this(
                bodyId,
                title,
                startsAt,
                timeZone,
                durationMinutes,
                new MeetingPlace(format, location, onlineUrl, languagesOffered),
                publicMeeting,
                descriptionHtml);
    }

    /** The same meeting at another local start, e.g. the next of a series or a moved one. */
    public MeetingData startingAt(LocalDateTime start) {
        return new MeetingData(bodyId, title, start, timeZone, durationMinutes, place, publicMeeting, descriptionHtml);
    }

    /** A day no more than {@link MeetingLimits#YEARS_FROM_TODAY} years either side of today: further is a slip of the keyboard. */
    public static void requireWithinReach(String field, LocalDateTime start, LocalDate today) {
        LocalDate day = start.toLocalDate();
        if (day.isBefore(today.minusYears(MeetingLimits.YEARS_FROM_TODAY))
                || day.isAfter(today.plusYears(MeetingLimits.YEARS_FROM_TODAY))) {
            throw new RuleViolationException(field, "validation.date-range", MeetingLimits.YEARS_FROM_TODAY);
        }
    }

    /**
     * What Bean Validation on the record cannot say: hidden characters, a place people cannot reach
     * or languages nobody can interpret, a date no calendar shows, and a description that grows past
     * its column once sanitised (every {@code &} becomes {@code &amp;}).
     */
    void check(Clock clock) {
        PlainText.required("title", title);
        place.check();
        RichText.require("descriptionHtml", descriptionHtml);
        requireWithinReach("startsAt", startsAt, LocalDate.now(clock.withZone(timeZone)));
        if (RichText.sanitise(descriptionHtml).length() > MeetingLimits.DESCRIPTION) {
            throw new RuleViolationException("descriptionHtml", "validation.too-long", MeetingLimits.DESCRIPTION);
        }
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}
