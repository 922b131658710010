package roundtable.attendance;

import roundtable.base.i18n.Language;

/**
 * A meeting someone RSVP'd to was moved, changed or cancelled: they are told, with the meeting as
 * it is now (and the reason, when it was called off). Guests get their own link as well.
 */
public record MeetingNewsForAttendee(
        long rsvpId,
        long sequence,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        boolean cancelled,
        String reason,
        String manageLink) {}
