package roundtable.people;

/** Two people cannot share an address: mail and sign-in depend on it. */
public class DuplicateEmailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateEmailException(String email) {
        super("A person with this email already exists: " + email);
    }
}
