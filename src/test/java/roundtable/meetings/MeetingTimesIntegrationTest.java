package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.committees.CommitteeService;

/** Reports read when meetings happen by month, on each meeting's own calendar. */
@IntegrationTest
class MeetingTimesIntegrationTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aMonthsMeetingsAreThoseOnItsLocalDatesCancelledOnesMarkedAndDraftsLeftOut() {
        YearMonth month = YearMonth.now(DENVER).plusMonths(30);
        long lastEvening = schedule("Times: last evening", month.atEndOfMonth().atTime(22, 30));
        long calledOff = schedule("Times: called off", month.atDay(3).atTime(18, 0));
        planning.cancelMeeting(calledOff, meetings.find(calledOff).orElseThrow().version(), "No room");
        long draft = planning.draftMeeting(data("Times: draft", month.atDay(5).atTime(18, 0)));
        long nextMonth =
                schedule("Times: next month", month.plusMonths(1).atDay(1).atTime(0, 30));

        List<MeetingTime> times =
                meetings.timesBetween(month.atDay(1), month.plusMonths(1).atDay(1));

        assertThat(times)
                .extracting(MeetingTime::id)
                .contains(lastEvening, calledOff)
                .doesNotContain(draft, nextMonth);
        assertThat(times).filteredOn(t -> t.id() == lastEvening).singleElement().satisfies(t -> {
            assertThat(t.month())
                    .as("10:30 pm in Denver is already next month in UTC")
                    .isEqualTo(month);
            assertThat(t.zone()).isEqualTo(DENVER);
            assertThat(t.status()).isEqualTo(MeetingStatus.SCHEDULED);
        });
        assertThat(times)
                .filteredOn(t -> t.id() == calledOff)
                .singleElement()
                .extracting(MeetingTime::status)
                .isEqualTo(MeetingStatus.CANCELLED);
    }

    private long schedule(String title, LocalDateTime start) {
        return planning.scheduleMeeting(data(title, start));
    }

    private MeetingData data(String title, LocalDateTime start) {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        return new MeetingData(
                dac,
                title,
                start,
                DENVER,
                60,
                MeetingFormat.ONLINE,
                null,
                "https://meet.example.org/t",
                false,
                List.of(),
                null);
    }
}
