package roundtable.notifications;

import org.springframework.stereotype.Component;
import roundtable.meetings.CalendarAttendee;
import roundtable.meetings.CalendarMethod;
import roundtable.meetings.MeetingCalendarService;

/**
 * Puts a meeting's calendar on an email about it (iTIP: an invitation or update, or a
 * cancellation), with the same UID as the feeds and the meeting's SEQUENCE, so the reader's calendar
 * app adds, moves or removes one entry. Written as the meeting stands when the email is rendered.
 */
@Component
class MeetingCalendars {

    private final MeetingCalendarService calendars;

    MeetingCalendars(MeetingCalendarService calendars) {
        this.calendars = calendars;
    }

    /** {@code accepted}: the reader already said they are coming, so their calendar need not ask. */
    RenderedEmail attach(RenderedEmail message, long meetingId, CalendarMethod method, String name, boolean accepted) {
        return calendars
                .emailedInvitation(
                        meetingId, message.language(), method, new CalendarAttendee(message.to(), name, accepted))
                .map(ics -> message.withCalendar(new RenderedEmail.CalendarPart(method.itip(), ics)))
                .orElse(message);
    }
}
