package roundtable.languageservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import roundtable.IntegrationTest;
import roundtable.ThreadStatementCounter;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.AttendanceTestSupport;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.Response;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;

/**
 * The coordinator's demand counts, from RSVPs made the way members and guests make them. Other
 * tests share the database, so each check compares the counts before and after this test's own
 * meetings, in a month a year out that other tests leave alone.
 */
@IntegrationTest
class LanguageDemandIntegrationTest extends AttendanceTestSupport {

    static final String COORDINATOR = "language.services@example.org";

    @Autowired
    LanguageDemandService demand;

    @Test
    void countsPeopleMeetingsAndWhatWasArrangedPerMonthAndLanguageLeavingOutWhatIsNoLongerWanted() {
        YearMonth month = as(COORDINATOR, () -> demand.thisMonth()).plusMonths(14);
        YearMonth next = month.plusMonths(1);
        LanguageDemand before = as(COORDINATOR, () -> demand.demand(month, next));

        long first = meeting("dac", "Demand check: first", month.atDay(10).atTime(18, 0), false);
        // 10:30 pm on the month's last evening in Denver is already the next month in UTC: it is this month's.
        long lastEvening = meeting(
                "dac", "Demand check: last evening", month.atEndOfMonth().atTime(22, 30), false);
        long calledOff =
                meeting("dac", "Demand check: called off", month.atDay(15).atTime(18, 0), false);
        long open = meeting(
                "jeffco-alliance",
                "Demand check: open gathering",
                month.atDay(20).atTime(18, 0),
                true);

        rsvp("dac.member@example.org", first, needs("vi", null));
        rsvp("dac.chair@example.org", first, needs("vi", null));
        rsvp("dac.secretary@example.org", lastEvening, needs("vi", "vi"));
        // Asked for Somali, then changed her mind: withdrawn, so no demand.
        rsvp("dac.member@example.org", lastEvening, needs("so", null));
        rsvp("dac.member@example.org", lastEvening, AccessNeeds.none());
        // A meeting called off is not counted at all (its people ask again for the one that replaces it).
        rsvp("dac.chair@example.org", calledOff, needs("vi", null));
        as(
                "admin@example.org",
                () -> planning.cancelMeeting(
                        calledOff, meetings.find(calledOff).orElseThrow().version(), "Moved to next month"));
        // A guest who never confirmed their address is not known to be coming.
        guests.guestRsvp(
                open,
                "Unconfirmed Guest",
                "demand.unconfirmed@example.net",
                Language.ENGLISH,
                Response.IN_PERSON,
                needs("vi", null),
                "198.51.100.7");
        // What the coordinator's desk records (assign, confirm, unable), set here directly.
        setStatus(first, "dac.member@example.org", "CONFIRMED");
        setStatus(first, "dac.chair@example.org", "UNABLE");

        LanguageDemand after = as(COORDINATOR, () -> demand.demand(month, next));

        assertThat(difference(before.interpretation(month, "vi"), after.interpretation(month, "vi")))
                .as("three people at two meetings; one confirmed, one unmet")
                .isEqualTo(new LanguageDemand.Count(3, 2, 1, 1));
        assertThat(difference(before.interpretation(month, "so"), after.interpretation(month, "so")))
                .isEqualTo(LanguageDemand.Count.NONE);
        assertThat(difference(before.interpretation(next, "vi"), after.interpretation(next, "vi")))
                .as("a meeting's month is its own zone's")
                .isEqualTo(LanguageDemand.Count.NONE);
        assertThat(difference(before.monthTotal(month), after.monthTotal(month)))
                .isEqualTo(new LanguageDemand.Count(3, 2, 1, 1));
        assertThat(difference(before.languageTotal("vi"), after.languageTotal("vi")))
                .isEqualTo(new LanguageDemand.Count(3, 2, 1, 1));
        assertThat(difference(before.translation("vi"), after.translation("vi")))
                .isEqualTo(new LanguageDemand.Count(1, 1, 0, 0));
        assertThat(after.months()).containsExactly(month, next);
        assertThat(after.languages()).startsWith("es", "vi", "zh", "ar", "ru", "so", "ne", "ase");
        assertThat(after.translationLanguages()).doesNotContain("ase").contains("vi");
        assertThat(after.period(month)).isEqualTo(LanguageDemand.Period.COMING);

        String csv = as(COORDINATOR, () -> demand.csv(month, next, Locale.ENGLISH));
        LanguageDemand.Count vi = after.interpretation(month, "vi");
        assertThat(csv.lines().findFirst())
                .hasValue("month,period,language_code,language,requests,meetings,confirmed,unable");
        assertThat(csv.lines())
                .contains(month + ",coming,vi,Vietnamese," + vi.requests() + "," + vi.meetings() + "," + vi.confirmed()
                        + "," + vi.unable());
        assertThat(csv.lines()).anyMatch(line -> line.startsWith(month + ",coming,,All languages,"));
        assertThat(csv)
                .doesNotContain("María")
                .doesNotContain("Unconfirmed Guest")
                .doesNotContain("@");
    }

    @Test
    void pastThisAndComingMonthsAreToldApartByTheDistrictsCalendar() {
        YearMonth now = as("admin@example.org", () -> demand.thisMonth());
        assertThat(now).isEqualTo(YearMonth.now(clock.withZone(DENVER)));
        LanguageDemand around = as("admin@example.org", () -> demand.demand(now.minusMonths(6), now.plusMonths(6)));
        assertThat(around.months()).hasSize(13).startsWith(now.minusMonths(6)).endsWith(now.plusMonths(6));
        assertThat(around.period(now.minusMonths(1))).isEqualTo(LanguageDemand.Period.PAST);
        assertThat(around.period(now)).isEqualTo(LanguageDemand.Period.THIS_MONTH);
        assertThat(around.period(now.plusMonths(1))).isEqualTo(LanguageDemand.Period.COMING);
    }

    @Test
    void aYearOfMeetingsTakesTwoQueriesNotOnePerMeeting() {
        YearMonth now = as(COORDINATOR, () -> demand.thisMonth());
        long statements = as(COORDINATOR, () -> {
            ThreadStatementCounter.reset();
            demand.demand(now.minusMonths(12), now.plusMonths(12));
            return ThreadStatementCounter.count();
        });
        assertThat(statements).isLessThanOrEqualTo(2);
    }

    @Test
    void aRangeBackwardsOrOverThreeYearsIsRefusedAtTheLastMonth() {
        YearMonth now = YearMonth.now(clock.withZone(DENVER));
        assertThatThrownBy(() -> as(COORDINATOR, () -> demand.demand(now, now.minusMonths(1))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.messageKey()).isEqualTo("demand.error.order");
                });
        assertThatThrownBy(() ->
                        as(COORDINATOR, () -> demand.demand(now, now.plusMonths(LanguageDemandService.MAX_MONTHS))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demand.error.too-long"));
    }

    @Test
    void membersAndChairsCannotReadTheDemand() {
        YearMonth now = YearMonth.now(clock.withZone(DENVER));
        for (String who : List.of("dac.member@example.org", "dac.chair@example.org")) {
            assertThatThrownBy(() -> as(who, () -> demand.demand(now, now)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> demand.csv(now, now, Locale.ENGLISH)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> demand.thisMonth()))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(null, () -> demand.demand(now, now)))
                .as("nobody signed in")
                .isInstanceOf(AuthenticationException.class);
    }

    private static LanguageDemand.Count difference(LanguageDemand.Count before, LanguageDemand.Count after) {
        return new LanguageDemand.Count(
                after.requests() - before.requests(),
                after.meetings() - before.meetings(),
                after.confirmed() - before.confirmed(),
                after.unable() - before.unable());
    }

    private static AccessNeeds needs(String interpretation, String translation) {
        return new AccessNeeds(
                interpretation,
                interpretation == null ? null : InterpretationMode.IN_PERSON,
                translation,
                Set.of(),
                null,
                null,
                null,
                false);
    }

    private long meeting(String bodySlug, String title, LocalDateTime start, boolean publicMeeting) {
        long bodyId = committees.findBySlug(bodySlug).orElseThrow().id();
        return as(
                "admin@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        bodyId,
                        title,
                        start,
                        DENVER,
                        60,
                        MeetingFormat.IN_PERSON,
                        "Education Center, 1829 Denver West Dr",
                        null,
                        publicMeeting,
                        List.of("vi"),
                        null)));
    }

    private void rsvp(String who, long meetingId, AccessNeeds needs) {
        as(who, () -> attendance.rsvp(meetingId, Response.IN_PERSON, needs));
    }

    private void setStatus(long meetingId, String who, String status) {
        long personId = people.idOf(who).orElseThrow();
        jdbc.update(
                "update access_request set status = ? where kind = 'INTERPRETATION' and status = 'OPEN'"
                        + " and rsvp_id = (select id from rsvp where meeting_id = ? and person_id = ?)",
                status,
                meetingId,
                personId);
    }
}
