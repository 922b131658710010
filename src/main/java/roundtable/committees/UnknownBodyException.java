package roundtable.committees;

public class UnknownBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownBodyException(Object key) {
        super("No such body: " + key);
    }
}
