package roundtable.languageservices;

/** The interpreter asked for is not on the roster (a stale link or a forged id). */
public class UnknownInterpreterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownInterpreterException(long id) {
        super("No interpreter " + id);
    }
}
