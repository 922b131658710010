package roundtable.attendance;

import java.util.EnumSet;
import java.util.Set;

/**
 * "What would help you take part", as the RSVP form asks it. Each part that is filled in becomes
 * its own request, so the coordinator can arrange (or be unable to arrange) each one separately.
 */
public record AccessNeeds(
        String interpretationLanguage,
        InterpretationMode interpretationMode,
        String translationLanguage,
        Set<AccommodationType> accommodations,
        String accommodationDetails,
        Integer childrenCount,
        String childrenAges,
        boolean loaner) {

    public AccessNeeds {
        accommodations = accommodations == null || accommodations.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(accommodations));
        interpretationLanguage = blankToNull(interpretationLanguage);
        translationLanguage = blankToNull(translationLanguage);
        accommodationDetails = blankToNull(accommodationDetails);
        childrenAges = blankToNull(childrenAges);
    }

    public static AccessNeeds none() {
        return new AccessNeeds(null, null, null, Set.of(), null, null, null, false);
    }

    /**
     * Without what the person wrote in their own words (the description of "something else", the
     * children's ages): what a page reached by an emailed link may show, since the email can be forwarded.
     */
    public AccessNeeds withoutOwnWords() {
        return new AccessNeeds(
                interpretationLanguage,
                interpretationMode,
                translationLanguage,
                accommodations,
                null,
                childrenCount,
                null,
                loaner);
    }

    /** These needs, with this person's earlier words kept where the form left them blank. */
    AccessNeeds keepingOwnWordsOf(AccessNeeds before) {
        String details = accommodationDetails == null && accommodations.contains(AccommodationType.OTHER)
                ? before.accommodationDetails
                : accommodationDetails;
        String ages =
                childrenAges == null && childrenCount != null && childrenCount > 0 ? before.childrenAges : childrenAges;
        return new AccessNeeds(
                interpretationLanguage,
                interpretationMode,
                translationLanguage,
                accommodations,
                details,
                childrenCount,
                ages,
                loaner);
    }

    /** The same, with the interpreter working another way. */
    public AccessNeeds withInterpretationMode(InterpretationMode mode) {
        return new AccessNeeds(
                interpretationLanguage,
                mode,
                translationLanguage,
                accommodations,
                accommodationDetails,
                childrenCount,
                childrenAges,
                loaner);
    }

    public AccessNeeds withoutChildcare() {
        return new AccessNeeds(
                interpretationLanguage,
                interpretationMode,
                translationLanguage,
                accommodations,
                accommodationDetails,
                null,
                null,
                loaner);
    }

    public AccessNeeds withoutAccommodations(Set<AccommodationType> dropped) {
        Set<AccommodationType> kept = EnumSet.noneOf(AccommodationType.class);
        accommodations.stream().filter(a -> !dropped.contains(a)).forEach(kept::add);
        return new AccessNeeds(
                interpretationLanguage,
                interpretationMode,
                translationLanguage,
                kept,
                kept.contains(AccommodationType.OTHER) ? accommodationDetails : null,
                childrenCount,
                childrenAges,
                loaner);
    }

    public boolean childcare() {
        return childrenCount != null && childrenCount > 0;
    }

    public boolean any() {
        return interpretationLanguage != null
                || translationLanguage != null
                || !accommodations.isEmpty()
                || (childrenCount != null && childrenCount > 0)
                || loaner;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
