package roundtable.meetings;

import java.util.Locale;

public enum MeetingStatus {
    DRAFT,
    SCHEDULED,
    HELD,
    CANCELLED;

    public String messageKey() {
        return "meeting.status." + name().toLowerCase(Locale.ROOT);
    }
}
