package roundtable.meetings;

public enum MeetingStatus {
    DRAFT,
    SCHEDULED,
    HELD,
    CANCELLED;

    public String messageKey() {
        return "meeting.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
