package roundtable.committees;

import java.util.Locale;

public enum BodyKind {
    ADVISORY_COMMITTEE,
    EMPLOYEE_ASSOCIATION,
    SCHOOL_ACCOUNTABILITY,
    PARTNERSHIP,
    OPEN_ALLIANCE;

    public String messageKey() {
        return "body.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
