package roundtable.attendance;

import roundtable.base.i18n.Language;

/**
 * A guest RSVP'd (or asked again): they are to be sent the signed link that confirms it. Nothing
 * counts until they follow it, so an address typed by someone else reserves nothing.
 */
public record GuestConfirmationRequested(
        long rsvpId,
        long sequence,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        String confirmLink) {}
