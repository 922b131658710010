package roundtable.attendance;

import java.util.List;
import java.util.Locale;
import roundtable.meetings.MeetingFormat;

/** What someone says about coming. Only in person and online take one of the meeting's places. */
public enum Response {
    IN_PERSON,
    ONLINE,
    NOT_ATTENDING,
    MAYBE;

    /** Whether this answer needs one of the meeting's places when a capacity is set. */
    public boolean takesPlace() {
        return this == IN_PERSON || this == ONLINE;
    }

    public String messageKey() {
        return "rsvp.response." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The answers a meeting of this format makes sense for: nobody comes in person to an online-only one. */
    public static List<Response> offeredFor(MeetingFormat format) {
        return switch (format) {
            case IN_PERSON -> List.of(IN_PERSON, NOT_ATTENDING, MAYBE);
            case ONLINE -> List.of(ONLINE, NOT_ATTENDING, MAYBE);
            case HYBRID -> List.of(values());
        };
    }
}
