package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.scheduling.PollProposal;
import roundtable.scheduling.SchedulingService;

/** "Find a time": a chair's proposal with whatever is typed, at whatever times. */
@IntegrationTest
class SchedulingBadInputTest extends BadInputSupport {

    private static final String[] TABLES = {"availability_poll", "poll_candidate", "poll_invitee"};

    @Autowired
    SchedulingService scheduling;

    @Autowired
    TestClock clock;

    @Test
    void aProposalIsSentAsTypedOrRefusedWithAReason() {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        // The zone is the chair's to ask, as the "find a time" form asks it.
        var zone = RunAs.as(users, "dac.chair@example.org", () -> scheduling.zoneOf(dac));
        LocalDateTime tomorrow =
                LocalDateTime.now(clock.withZone(zone)).plusDays(1).withNano(0);
        Gen<LocalDateTime> time =
                Gen.oneOf(Gen.of(tomorrow.plusDays(10), tomorrow.plusDays(11).withHour(18)), NastyInput.meetingStart());
        Fuzz.check(120, t -> {
            String title = t.draw("title", NastyInput.field());
            String location = t.draw("location", NastyInput.field());
            int duration = t.draw("duration", Gen.oneOf(Gen.of(90), NastyInput.count()));
            List<LocalDateTime> times = List.of(t.draw("first", time), t.draw("second", time));
            List<String> guests = t.draw("guests", NastyInput.email().list(2));
            PollProposal proposal = new PollProposal(
                    title,
                    duration,
                    new MeetingPlace(MeetingFormat.IN_PERSON, location, null, List.of()),
                    true,
                    times,
                    Set.of(),
                    guests,
                    tomorrow);
            RunAs.as(
                    users,
                    "dac.chair@example.org",
                    () -> Refusals.attempt(jdbc, TABLES, () -> scheduling.proposeTimes(dac, proposal))
                            .ifPresent(pollId -> {
                                var poll = scheduling.polls(dac).stream()
                                        .filter(p -> p.id() == pollId)
                                        .findFirst()
                                        .orElseThrow();
                                assertThat(poll.title()).isEqualTo(title.strip());
                            }));
        });
    }
}
