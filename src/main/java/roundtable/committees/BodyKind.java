package roundtable.committees;

public enum BodyKind {
    ADVISORY_COMMITTEE,
    EMPLOYEE_ASSOCIATION,
    SCHOOL_ACCOUNTABILITY,
    PARTNERSHIP,
    OPEN_ALLIANCE;

    public String messageKey() {
        return "body.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
