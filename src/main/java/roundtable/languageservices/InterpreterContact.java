package roundtable.languageservices;

/** Whom to write to about an assignment; {@code email} may be null (some are reached by phone). */
public record InterpreterContact(long id, String name, String email) {}
