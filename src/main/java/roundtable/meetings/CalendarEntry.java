package roundtable.meetings;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * A meeting on the public calendar. Closed meetings show only that they happen: their
 * {@code details} are null, so no title, place or link can leak into a page.
 */
public record CalendarEntry(
        long meetingId,
        long bodyId,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        MeetingStatus status,
        MeetingSummary details) {

    static CalendarEntry of(Meeting m) {
        MeetingSummary summary = MeetingSummary.of(m);
        return new CalendarEntry(
                m.getId(),
                m.getBodyId(),
                summary.startsAt(),
                summary.endsAt(),
                m.getStatus(),
                m.isPublicMeeting() ? summary : null);
    }

    public boolean closed() {
        return details == null;
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public LocalDate day() {
        return startsAt.toLocalDate();
    }

    /** "DAC: budget session"; the body's name is left out when the title already starts with it. */
    public static String titled(String bodyShortName, String title) {
        if (bodyShortName == null
                || bodyShortName.isEmpty()
                || title.toLowerCase(Locale.ROOT).startsWith(bodyShortName.toLowerCase(Locale.ROOT))) {
            return title;
        }
        return bodyShortName + ": " + title;
    }
}
