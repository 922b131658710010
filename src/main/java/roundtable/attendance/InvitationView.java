package roundtable.attendance;

import java.util.List;
import java.util.Locale;

/**
 * What a member's invitation link shows: who it is for, the meeting as it is now, the answers its
 * format allows, their RSVP so far ({@code current}, null before they answer) and whether they
 * can still answer from it.
 */
public record InvitationView(
        String name, MeetingFacts meeting, List<Response> answers, RsvpView current, Standing standing) {

    /** Whether the link still takes an answer, and if not, why, so the page can say it plainly. */
    public enum Standing {
        OPEN,
        STARTED,
        CANCELLED,
        EXPIRED;

        public String messageKey() {
            return "rsvp.answer.standing." + name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean open() {
        return standing == Standing.OPEN;
    }
}
