package roundtable.notifications;

import java.util.HashMap;
import java.util.Map;
import roundtable.attendance.MeetingFacts;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;

/** What every email about a meeting names, in the reader's language: what, when with the zone, where, and its page. */
final class MeetingMailDetails {

    private MeetingMailDetails() {}

    static Map<String, Object> of(
            MailTemplates templates, MeetingFacts meeting, String name, Language language, String organisation) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", name);
        variables.put("title", meeting.title());
        variables.put("when", Dates.span(meeting.startsAt(), meeting.durationMinutes(), language.locale()));
        variables.put("place", MeetingPlaces.of(meeting, language, templates));
        variables.put("meetingLink", meeting.meetingLink());
        variables.put("organisation", organisation);
        return variables;
    }

    /**
     * For someone invited or attending: also how to join online or by phone and the interpretation
     * offered. (Not for an interpreter released from a meeting, who has no more business there.)
     */
    static Map<String, Object> forParticipant(
            MailTemplates templates, MeetingFacts meeting, String name, Language language, String organisation) {
        Map<String, Object> variables = of(templates, meeting, name, language, organisation);
        variables.put("joinUrl", meeting.joinUrl());
        variables.put("dialIn", meeting.dialIn());
        variables.put(
                "languages",
                meeting.languagesOffered() == null || meeting.languagesOffered().isEmpty()
                        ? null
                        : LanguageNames.list(meeting.languagesOffered(), language.locale()));
        return variables;
    }
}
