package roundtable.committees;

import java.util.Locale;

/** A member's role on a body. Chairs and vice-chairs run it; secretaries keep its record. */
public enum Position {
    CHAIR,
    VICE_CHAIR,
    SECRETARY,
    MEMBER,
    ALTERNATE,
    STAFF_LIAISON;

    public boolean manages() {
        return this == CHAIR || this == VICE_CHAIR;
    }

    public boolean records() {
        return this == SECRETARY || manages();
    }

    public String messageKey() {
        return "position." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
