package roundtable.attendance;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Requests read back as the form's {@link AccessNeeds}: what they ask for, the reverse of filling in the form. */
final class RequestedNeeds {

    private RequestedNeeds() {}

    /** The person's requests that still stand. */
    static AccessNeeds active(Rsvp rsvp) {
        return of(rsvp.getRequests().stream().filter(AccessRequest::active).toList());
    }

    /** What the person's latest "not coming" withdrew: what to offer them again if they come after all. */
    static AccessNeeds lastWithdrawn(Rsvp rsvp) {
        return of(rsvp.lastWithdrawn());
    }

    static AccessNeeds of(Collection<AccessRequest> requests) {
        String interpretation = null;
        InterpretationMode mode = null;
        String translation = null;
        Set<AccommodationType> accommodations = EnumSet.noneOf(AccommodationType.class);
        String details = null;
        Integer children = null;
        String ages = null;
        boolean loaner = false;
        for (AccessRequest r : requests) {
            switch (r.getKind()) {
                case INTERPRETATION -> {
                    interpretation = r.getLanguageTag();
                    mode = r.getInterpretationMode();
                }
                case TRANSLATION -> translation = r.getLanguageTag();
                case ACCOMMODATION -> {
                    accommodations.add(r.getAccommodationType());
                    if (r.getDetails() != null) {
                        details = r.getDetails();
                    }
                }
                case CHILDCARE -> {
                    children = r.getChildrenCount();
                    ages = r.getChildrenAges();
                }
                case LOANER -> loaner = true;
            }
        }
        return new AccessNeeds(interpretation, mode, translation, accommodations, details, children, ages, loaner);
    }
}
