package roundtable.people;

/** Asked about a person Roundtable does not have. */
public class UnknownPersonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownPersonException(long personId) {
        super("No person with id " + personId);
    }
}
