package roundtable.scheduling;

/** A personal poll link that cannot be used: expired, or not one we issued (or since revoked). */
public class PollLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        EXPIRED,
        INVALID
    }

    private final Problem problem;

    PollLinkException(Problem problem) {
        super("Poll link refused: " + problem);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public String messageKey() {
        return problem == Problem.EXPIRED ? "availability.link.expired" : "availability.link.invalid";
    }
}
