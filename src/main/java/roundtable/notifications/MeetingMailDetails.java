package roundtable.notifications;

import java.util.HashMap;
import java.util.Map;

import roundtable.attendance.MeetingFacts;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;

/** What every email about a meeting names, in the reader's language: what, when with the zone, where, and its page. */
final class MeetingMailDetails {

    private MeetingMailDetails() {
    }

    static Map<String, Object> of(MailTemplates templates, MeetingFacts meeting, String name, Language language,
            String organisation) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", name);
        variables.put("title", meeting.title());
        variables.put("when", Dates.span(meeting.startsAt(), meeting.durationMinutes(), language.locale()));
        variables.put("place", MeetingPlaces.of(meeting, language, templates));
        variables.put("meetingLink", meeting.meetingLink());
        variables.put("organisation", organisation);
        return variables;
    }
}
