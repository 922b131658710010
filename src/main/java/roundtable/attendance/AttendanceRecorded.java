package roundtable.attendance;

import roundtable.base.i18n.Language;

/**
 * Someone's RSVP now stands: confirmed, or on the waitlist because the meeting is full. They are
 * told which, with their requests' lateness; guests get their link to change or cancel.
 */
public record AttendanceRecorded(
        long rsvpId,
        long sequence,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        Response response,
        RsvpState state,
        boolean lateRequests,
        String manageLink) {

    public boolean waitlisted() {
        return state == RsvpState.WAITLISTED;
    }
}
