package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.CheckInService;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesContent.ActionItem;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.minutes.MinutesDrafting;

/** At a meeting that has begun: walk-ins at the door, then the secretary's minutes, with whatever is typed. */
@IntegrationTest
class MinutesBadInputTest extends BadInputSupport {

    private static final String SECRETARY = "dac.secretary@example.org";
    private static Long meetingId;

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    CheckInService checkIns;

    @Autowired
    TestClock clock;

    /** One meeting for all tries, begun half an hour ago: the door is open and minutes may be written. */
    private long meeting() {
        if (meetingId == null) {
            meetingId = RunAs.as(
                    users,
                    SECRETARY,
                    () -> CheckInFixtures.dacMeetingThatStarted(
                            committees, planning, clock, "Bad input at the door", Duration.ofMinutes(30), true));
        }
        return meetingId;
    }

    @Test
    void aWalkInIsAddedByNameOrRefusedWithAReason() {
        Fuzz.check(120, t -> aWalkIn(t.draw("name", NastyInput.text())));
    }

    private void aWalkIn(String name) {
        long id = meeting();
        RunAs.as(
                users,
                SECRETARY,
                () -> Refusals.run(
                        jdbc, new String[] {"check_in"}, () -> checkIns.addWalkIn(id, name, AttendanceMode.IN_PERSON)));
    }

    @Test
    void minutesAreKeptAsWrittenOrRefusedWithAReason() {
        Fuzz.check(
                120,
                t -> minutesWritten(
                        t.draw("attendee", NastyInput.field()),
                        t.draw("title", NastyInput.field()),
                        t.draw("notes", NastyInput.field()),
                        t.draw("motion", NastyInput.field()),
                        t.draw("mover", NastyInput.field()),
                        t.draw("yes", Gen.oneOf(Gen.of(0, 3), NastyInput.count())),
                        t.draw("action", NastyInput.field()),
                        t.draw("owner", NastyInput.field()),
                        t.draw("due", NastyInput.date().orNull(0.3)),
                        t.draw("comment", NastyInput.field())));
    }

    private void minutesWritten(
            String attendee,
            String title,
            String notes,
            String motion,
            String mover,
            int yes,
            String action,
            String owner,
            LocalDate due,
            String comment) {
        long id = meeting();
        RunAs.as(users, SECRETARY, () -> {
            long minutesId = minutes.startDraft(id);
            var before = minutes.draftOf(id).orElseThrow();
            MinutesContent content = new MinutesContent(
                    List.of(new Attendance(null, attendee, "Guest", false, Presence.GUEST)),
                    List.of(new Item(
                            null,
                            title,
                            notes,
                            List.of(new Motion(motion, mover, "Lee", VoteKind.COUNTS, yes, 0, 0, List.of())),
                            List.of(new ActionItem(action, owner, due)))),
                    comment);
            var saved = Refusals.attempt(
                    jdbc, new String[] {"minutes"}, () -> minutes.saveDraft(minutesId, before.version(), content));
            if (saved.isPresent()) {
                var read = minutes.draftOf(id).orElseThrow().content();
                assertThat(read.attendance().getFirst().name()).isEqualTo(Refusals.stored(attendee));
                assertThat(read.items().getFirst().title()).isEqualTo(title.strip());
                assertThat(read.items().getFirst().motions().getFirst().mover()).isEqualTo(Refusals.stored(mover));
                assertThat(read.items().getFirst().actions().getFirst().text()).isEqualTo(action.strip());
                assertThat(read.items().getFirst().actions().getFirst().owner()).isEqualTo(Refusals.stored(owner));
                assertThat(read.items().getFirst().actions().getFirst().due()).isEqualTo(due);
            } else {
                assertThat(minutes.draftOf(id).orElseThrow())
                        .as("a refused save keeps the last draft")
                        .isEqualTo(before);
            }
        });
    }
}
