package roundtable.scheduling;

/** What would help an invitee come: childcare, an interpreter (a language tag, or null), joining online. */
public record Needs(boolean childcare, String interpretation, boolean online) {

    public static Needs none() {
        return new Needs(false, null, false);
    }

    public Needs {
        interpretation = interpretation == null || interpretation.isBlank() ? null : interpretation.strip();
    }
}
