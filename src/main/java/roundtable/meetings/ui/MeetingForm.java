package roundtable.meetings.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingSummary;
import roundtable.meetings.Recurrence;

/**
 * The chair's meeting form as flat fields a binder can fill; where and how people take part is
 * {@link PlaceFields}'s. {@code repeat} null means a single meeting.
 */
public record MeetingForm(
        String title,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        Boolean publicMeeting,
        String descriptionHtml,
        Recurrence.Pattern repeat,
        Integer interval,
        LocalDate until,
        Integer count) {

    /** A new meeting's form: an evening meeting, open to the public. */
    static MeetingForm blank() {
        return new MeetingForm("", null, LocalTime.of(18, 0), LocalTime.of(20, 0), true, "", null, 1, null, null);
    }

    /** The form for changing a planned meeting; a meeting already planned does not become a series. */
    static MeetingForm of(MeetingSummary m) {
        return new MeetingForm(
                m.title(),
                m.startsAtLocal().toLocalDate(),
                m.startsAtLocal().toLocalTime(),
                m.endsAtLocal().toLocalTime(),
                m.publicMeeting(),
                m.descriptionHtml() == null ? "" : m.descriptionHtml(),
                null,
                1,
                null,
                null);
    }

    MeetingData toData(long bodyId, ZoneId zone, MeetingPlace where) {
        return new MeetingData(
                bodyId,
                title,
                date.atTime(startTime),
                zone,
                minutes(startTime, endTime),
                where,
                Boolean.TRUE.equals(publicMeeting),
                descriptionHtml);
    }

    /** The series to schedule; only asked when {@code repeat} is set. An interval left blank means every one. */
    Recurrence recurrence() {
        return new Recurrence(repeat, interval == null ? 1 : interval, until, count);
    }

    static int minutes(LocalTime start, LocalTime end) {
        return (int) Duration.between(start, end).toMinutes();
    }
}
