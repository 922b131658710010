package roundtable.attendance;

import java.util.List;
import roundtable.base.i18n.Language;

/**
 * A member is invited to a meeting their body scheduled: everything their invitation email says,
 * in their language (how to join and the interpretation offered are in {@code meeting}), with the answers the meeting's format allows. {@code answerLink} is the
 * member's signed link; each answer's button opens it with that answer chosen, on a page that
 * confirms or adjusts it. {@code firstOfSeries} says the meeting starts a recurring series, whose
 * other meetings are not announced one by one. {@code moved} says the meeting's time or place
 * changed since the first invitation, which this one replaces. {@code sequence} is the meeting's iCalendar
 * SEQUENCE, so a later re-send of a changed meeting is a new email.
 */
public record RsvpInvited(
        long invitationId,
        long sequence,
        String name,
        String email,
        Language language,
        MeetingFacts meeting,
        boolean firstOfSeries,
        String answerLink,
        List<Response> answers,
        boolean moved) {

    /** The link of one answer's button. */
    public String linkFor(Response response) {
        return answerLink + "?response=" + response.name();
    }
}
