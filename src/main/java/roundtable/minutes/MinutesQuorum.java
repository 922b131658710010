package roundtable.minutes;

import java.util.List;
import roundtable.minutes.MinutesContent.Attendance;

/**
 * The quorum as the minutes record it: voting members marked present (in the room or online),
 * the voting members listed, and how many the body's rule needed when the draft was started.
 */
public record MinutesQuorum(int present, int seated, int needed) {

    public static MinutesQuorum of(List<Attendance> attendance, int needed) {
        int seated = (int) attendance.stream().filter(Attendance::voting).count();
        int present = (int) attendance.stream()
                .filter(a -> a.voting() && a.presence().present())
                .count();
        return new MinutesQuorum(present, seated, needed);
    }

    public boolean met() {
        return present >= needed;
    }
}
