package roundtable.attendance;

/**
 * An RSVP as its owner sees it. {@code waitlistPosition} is 1 for the next to get a place;
 * {@code lateRequests} says some request came after the lead time ("late — we will try").
 * {@code withdrawn}: what was withdrawn when they said they would not come (or cancelled), while
 * they still are not coming, so the page can offer it again; nothing otherwise.
 */
public record RsvpView(
        long rsvpId,
        long version,
        String guestName,
        Response response,
        RsvpState state,
        Integer waitlistPosition,
        AccessNeeds needs,
        boolean lateRequests,
        MeetingFacts meeting,
        boolean changeable,
        AccessNeeds withdrawn) {

    /** Without what the person wrote in their own words: for a page reached by a link that may be forwarded. */
    RsvpView withoutOwnWords() {
        return new RsvpView(
                rsvpId,
                version,
                guestName,
                response,
                state,
                waitlistPosition,
                needs.withoutOwnWords(),
                lateRequests,
                meeting,
                changeable,
                withdrawn.withoutOwnWords());
    }
}
