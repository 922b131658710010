package roundtable.attendance.checkin;

import java.time.ZonedDateTime;
import java.util.List;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpState;
import roundtable.meetings.MeetingSummary;

/**
 * The list a secretary works from at the door: everyone expected (the body's current members,
 * everyone who RSVP'd, walk-ins already added), each with whether and how they checked in, and
 * the headcount. Check-in is open from {@code opensAt} until {@code closesAt}, for a scheduled or
 * held meeting; {@code window} says where now stands.
 */
public record CheckInSheet(
        MeetingSummary meeting,
        ZonedDateTime opensAt,
        ZonedDateTime closesAt,
        Window window,
        List<Entry> entries,
        Headcount headcount) {

    public enum Window {
        OPEN,
        NOT_YET,
        CLOSED,
        NOT_HELD
    }

    public boolean open() {
        return window == Window.OPEN;
    }

    /**
     * One person on the sheet. {@code name} is null for a former member whose data was erased;
     * {@code rsvp} and {@code rsvpState} are null when they did not RSVP; {@code mode} and
     * {@code version} are null until they are checked in.
     */
    public record Entry(
            Attendee who,
            String name,
            AttendeeKind kind,
            boolean votingMember,
            Response rsvp,
            RsvpState rsvpState,
            AttendanceMode mode,
            Long version) {

        public boolean checkedIn() {
            return mode != null;
        }
    }

    public CheckInSheet {
        entries = List.copyOf(entries);
    }
}
