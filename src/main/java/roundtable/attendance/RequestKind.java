package roundtable.attendance;

/** What kind of help a request asks for. */
public enum RequestKind {
    INTERPRETATION, TRANSLATION, ACCOMMODATION, CHILDCARE, LOANER;

    public String messageKey() {
        return "rsvp.request.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
