package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 7 pm meeting stays at 7 pm on both sides of the 2026 clock changes. */
class MeetingTimeTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private static MeetingSummary at(LocalDateTime local) {
        return new MeetingSummary(
                1,
                0,
                1,
                "DAC",
                local,
                DENVER,
                120,
                MeetingFormat.HYBRID,
                null,
                null,
                true,
                MeetingStatus.SCHEDULED,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null);
    }

    @Test
    void sevenPmStaysSevenPmAcrossTheNovemberChange() {
        var before = at(LocalDateTime.of(2026, 10, 27, 19, 0)).startsAt();
        var after = at(LocalDateTime.of(2026, 11, 3, 19, 0)).startsAt();
        assertThat(before.getHour()).isEqualTo(19);
        assertThat(after.getHour()).isEqualTo(19);
        assertThat(before.getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
        assertThat(after.getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
    }

    @Test
    void sevenPmStaysSevenPmAcrossTheMarchChange() {
        var before = at(LocalDateTime.of(2026, 3, 3, 19, 0)).startsAt();
        var after = at(LocalDateTime.of(2026, 3, 10, 19, 0)).startsAt();
        assertThat(before.getHour()).isEqualTo(19);
        assertThat(after.getHour()).isEqualTo(19);
        assertThat(before.getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(after.getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
    }

    @Test
    void aTimeInTheSpringGapMovesLaterByTheGapAsRfc5545Says() {
        var inGap = at(LocalDateTime.of(2026, 3, 8, 2, 30)).startsAt();
        assertThat(inGap.toLocalTime().toString()).isEqualTo("03:30");
    }

    @Test
    void aTimeThatHappensTwiceMeansTheFirstOccurrenceAsRfc5545Says() {
        var twice = at(LocalDateTime.of(2026, 11, 1, 1, 30)).startsAt();
        assertThat(twice.getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
    }

    @Test
    void theEndKeepsTheDurationInRealTime() {
        var meeting = at(LocalDateTime.of(2026, 12, 1, 18, 30));
        assertThat(meeting.endsAt().toLocalTime().toString()).isEqualTo("20:30");
    }
}
