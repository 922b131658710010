package roundtable.base;

/**
 * A use case refused because of a rule a person can fix (a term that ends before it
 * starts, a seat already filled). Carries the message key and the field it belongs to, so
 * the form can show the message, in the reader's language, next to that field.
 */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String field, String messageKey, Object... arguments) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
