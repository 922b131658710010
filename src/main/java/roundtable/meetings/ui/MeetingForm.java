package roundtable.meetings.ui;

import java.time.LocalDate;
import java.time.LocalTime;
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
        Integer count) {}
