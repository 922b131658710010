package roundtable.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;

/**
 * Check-in is open only around a meeting, which no demo meeting is: each test schedules a DAC meeting
 * of its own, so none depends on a meeting another test may cancel. Tests that share the database
 * look at the next meetings of DAC, so theirs have started hours ago (check-in stays open a week
 * after); a test that needs the time before the start moves its clock back.
 */
public final class CheckInFixtures {

    public static final ZoneId DENVER = ZoneId.of("America/Denver");

    private CheckInFixtures() {}

    /** How long ago the meetings of the shared-database tests started: no longer among the upcoming. */
    public static final Duration STARTED_AGO = Duration.ofHours(4);

    /** A DAC meeting of 90 minutes that started this long ago (negative: starts in that long). Call as a DAC recorder. */
    public static long dacMeetingThatStarted(
            CommitteeService committees,
            MeetingPlanning planning,
            Clock clock,
            String title,
            Duration ago,
            boolean publicMeeting) {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        LocalDateTime start =
                LocalDateTime.now(clock.withZone(DENVER)).minus(ago).truncatedTo(ChronoUnit.MINUTES);
        return planning.scheduleMeeting(new MeetingData(
                dac,
                title,
                start,
                DENVER,
                90,
                MeetingFormat.HYBRID,
                "Education Center, 1829 Denver West Dr",
                "https://meet.example.org/jeffco/dac",
                publicMeeting,
                List.of("es"),
                null));
    }
}
