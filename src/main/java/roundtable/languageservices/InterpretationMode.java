package roundtable.languageservices;

/** How an interpreter can work; a request asks for one of these. */
public enum InterpretationMode {
    IN_PERSON,
    SIMULTANEOUS_ONLINE,
    PHONE,
    WRITTEN_TRANSLATION;

    /** Message key of the mode's name, in the reader's language. */
    public String messageKey() {
        return "interpreters.mode." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
