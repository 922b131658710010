package roundtable.attendance;

import java.util.Locale;

/** A guest's link that cannot be used: forged, altered, for another purpose, or expired. */
public class RsvpLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        INVALID,
        EXPIRED
    }

    private final Problem problem;

    public RsvpLinkException(Problem problem) {
        super("RSVP link " + problem.name().toLowerCase(Locale.ROOT));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
