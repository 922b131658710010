package roundtable.notifications;

import roundtable.attendance.MeetingFacts;
import roundtable.base.i18n.Language;

/** "In person and online · Education Center · Board Room": where a meeting is, as attendance emails write it. */
final class MeetingPlaces {

    private MeetingPlaces() {}

    static String of(MeetingFacts meeting, Language language, MailTemplates templates) {
        StringBuilder place =
                new StringBuilder(templates.message(meeting.format().messageKey(), language));
        if (meeting.location() != null) {
            place.append(" · ").append(meeting.location());
        }
        if (meeting.room() != null) {
            place.append(" · ").append(meeting.room());
        }
        return place.toString();
    }
}
