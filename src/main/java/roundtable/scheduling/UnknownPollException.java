package roundtable.scheduling;

/** A poll id that names no poll: a stale link or a typed address. */
public class UnknownPollException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnknownPollException(long pollId) {
        super("No poll " + pollId);
    }
}
