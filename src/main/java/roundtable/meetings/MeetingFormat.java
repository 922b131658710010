package roundtable.meetings;

import java.util.Locale;

public enum MeetingFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public String messageKey() {
        return "meeting.format." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
