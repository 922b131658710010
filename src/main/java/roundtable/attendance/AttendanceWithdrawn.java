package roundtable.attendance;

import roundtable.base.i18n.Language;

/**
 * Someone invited or attending will not come: they said so ({@code cancelled} false) or, a guest,
 * cancelled their RSVP. The meeting comes off their calendar; they hear what was withdrawn (without
 * their own words) and, a guest, get their link to answer again.
 */
public record AttendanceWithdrawn(
        long rsvpId,
        long sequence,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        AccessNeeds withdrawn,
        boolean cancelled,
        String answerAgainLink) {}
