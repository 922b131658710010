package roundtable.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What minutes record, as the secretary enters it: who attended and how, and per agenda item the
 * notes, motions with their votes, and action items; then a summary of public comment. Rich-text
 * fields are allow-list sanitised on save and again on output. One renderer turns this into the
 * page, the permalink, the PDF and the email, so they cannot disagree.
 */
public record MinutesContent(List<Attendance> attendance, List<Item> items, String publicCommentHtml) {

    public MinutesContent {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The field a refusal of the public comment names. */
    public static final String PUBLIC_COMMENT_FIELD = "publicCommentHtml";

    public static MinutesContent empty() {
        return new MinutesContent(List.of(), List.of(), null);
    }

    /** The field a refusal of an item's notes names (items counted from 0), so the editor shows it there. */
    public static String notesField(int item) {
        return "items." + item + ".notesHtml";
    }

    /** The field a refusal of a motion's text names (items and their motions counted from 0). */
    public static String motionField(int item, int motion) {
        return "items." + item + ".motions." + motion + ".textHtml";
    }

    /** One person at (or missing from) the meeting; {@code personId} is null for guests and walk-ins. */
    public record Attendance(Long personId, String name, String role, boolean voting, Presence presence) {}

    public enum Presence {
        PRESENT,
        PRESENT_ONLINE,
        ABSENT,
        EXCUSED,
        GUEST;

        /** Counts toward quorum when the person is a voting member. */
        public boolean present() {
            return this == PRESENT || this == PRESENT_ONLINE;
        }

        public String messageKey() {
            return "minutes.presence." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** An agenda item's record; {@code agendaItemId} links it to the agenda it came from, when it did. */
    public record Item(
            Long agendaItemId, String title, String notesHtml, List<Motion> motions, List<ActionItem> actions) {

        public Item {
            motions = motions == null ? List.of() : List.copyOf(motions);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /**
     * A motion and its vote: counts (yes / no / abstain) or a roll call of the voting members, whose
     * counts are then derived from the roll call. The result is worked out by the body's rule.
     */
    public record Motion(
            String textHtml,
            String mover,
            String seconder,
            VoteKind voteKind,
            int yes,
            int no,
            int abstain,
            List<RollCallVote> rollCall) {

        public Motion {
            rollCall = rollCall == null ? List.of() : List.copyOf(rollCall);
        }
    }

    public enum VoteKind {
        COUNTS,
        ROLL_CALL
    }

    public record RollCallVote(Long personId, String name, Vote vote) {}

    public enum Vote {
        YES,
        NO,
        ABSTAIN,
        ABSENT
    }

    public record ActionItem(String text, String owner, LocalDate due) {}
}
