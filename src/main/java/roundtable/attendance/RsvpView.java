package roundtable.attendance;

/**
 * An RSVP as its owner sees it. {@code waitlistPosition} is 1 for the next to get a place;
 * {@code lateRequests} says some request came after the lead time ("late — we will try").
 */
public record RsvpView(long rsvpId, long version, String guestName, Response response, RsvpState state,
        Integer waitlistPosition, AccessNeeds needs, boolean lateRequests, MeetingFacts meeting, boolean changeable) {

    RsvpView withNeeds(AccessNeeds shown) {
        return new RsvpView(rsvpId, version, guestName, response, state, waitlistPosition, shown, lateRequests, meeting,
                changeable);
    }
}
