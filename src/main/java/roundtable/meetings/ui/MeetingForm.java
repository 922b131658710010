package roundtable.meetings.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import roundtable.meetings.MeetingFormat;
import roundtable.meetings.Recurrence;

/** The chair's meeting form as flat fields a binder can fill; {@code repeat} null means a single meeting. */
public record MeetingForm(String title, LocalDate date, LocalTime startTime, LocalTime endTime, MeetingFormat format,
        String location, String room, String accessNotes, String onlineUrl, String dialIn, Boolean publicMeeting,
        Set<String> languages, String descriptionHtml, Recurrence.Pattern repeat, Integer interval, LocalDate until,
        Integer count) {
}
