package roundtable.attendance;

import java.time.Duration;
import roundtable.base.i18n.Language;

/**
 * Someone attending a meeting (in person or online) is to be reminded, {@code before} its start,
 * in their language. {@code sequence} is the meeting's iCalendar SEQUENCE: a moved meeting is
 * reminded again. Their own interpretation request, if they made one, is named with where it
 * stands; guests get their link to change or cancel.
 */
public record MeetingReminderDue(
        long meetingId,
        long rsvpId,
        int sequence,
        Duration before,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        Response response,
        String interpretationLanguage,
        InterpretationMode interpretationMode,
        RequestStatus interpretationStatus,
        String manageLink) {}
