package roundtable.attendance;

import java.util.EnumSet;
import java.util.Set;

/**
 * "What would help you take part", as the RSVP form asks it. Each part that is filled in becomes
 * its own request, so the coordinator can arrange (or be unable to arrange) each one separately.
 */
public record AccessNeeds(String interpretationLanguage, InterpretationMode interpretationMode,
        String translationLanguage, Set<AccommodationType> accommodations, String accommodationDetails,
        Integer childrenCount, String childrenAges, boolean loaner) {

    public AccessNeeds {
        accommodations = accommodations == null || accommodations.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(accommodations));
        interpretationLanguage = blankToNull(interpretationLanguage);
        translationLanguage = blankToNull(translationLanguage);
        accommodationDetails = blankToNull(accommodationDetails);
        childrenAges = blankToNull(childrenAges);
    }

    public static AccessNeeds none() {
        return new AccessNeeds(null, null, null, Set.of(), null, null, null, false);
    }

    public boolean any() {
        return interpretationLanguage != null || translationLanguage != null || !accommodations.isEmpty()
                || (childrenCount != null && childrenCount > 0) || loaner;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
