package roundtable.attendance;

import roundtable.base.i18n.Language;

/** A place came free and the first on the waitlist has it now; they are told. */
public record WaitlistPromoted(
        long rsvpId,
        long sequence,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        String manageLink) {}
