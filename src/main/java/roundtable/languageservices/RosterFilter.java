package roundtable.languageservices;

/** Which part of the roster to list: a null language or mode means any. */
public record RosterFilter(String language, WorkingMode mode, boolean includeInactive) {

    public static RosterFilter active() {
        return new RosterFilter(null, null, false);
    }
}
