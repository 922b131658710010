package roundtable.committees;

/** Addresses like /committees/dac are public links; two bodies cannot share one. */
public class DuplicateSlugException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateSlugException(String slug) {
        super("Slug already in use: " + slug);
    }
}
