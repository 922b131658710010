package roundtable.meetings;

public enum MeetingFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public String messageKey() {
        return "meeting.format." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
