package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.RuleViolationException;
import roundtable.committees.CommitteeService;

@IntegrationTest
class MeetingServiceIntegrationTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingSeriesPlanning seriesPlanning;

    @Autowired
    CommitteeService committees;

    long dac() {
        return committees.findBySlug("dac").orElseThrow().id();
    }

    MeetingData meeting(String title, LocalDateTime start) {
        return new MeetingData(
                dac(),
                title,
                start,
                DENVER,
                120,
                new MeetingPlace(
                        MeetingFormat.HYBRID,
                        "Jeffco Education Center",
                        "Room 101",
                        "Step-free entrance",
                        "https://meet.example.org/dac",
                        "+1 720 555 0100, code 4321",
                        List.of("es")),
                true,
                "<p>Budget</p>");
    }

    static String rule(Throwable e) {
        return ((RuleViolationException) e).field() + ":" + ((RuleViolationException) e).messageKey();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aWeeklySeriesStaysAtSevenPmAcrossTheMarchClockChange() {
        SeriesScheduled series = seriesPlanning.scheduleSeries(
                meeting("Spring series", LocalDateTime.of(2026, 2, 26, 19, 0)),
                new Recurrence(Recurrence.Pattern.WEEKLY, 1, null, 3));

        List<MeetingSummary> made = series.meetingIds().stream()
                .map(id -> meetings.find(id).orElseThrow())
                .toList();
        assertThat(made)
                .extracting(m -> m.startsAtLocal().toLocalDate())
                .containsExactly(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 12));
        assertThat(made).allSatisfy(m -> assertThat(m.startsAt().getHour()).isEqualTo(19));
        assertThat(made.get(1).startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(made.get(2).startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
        assertThat(made).allSatisfy(m -> assertThat(m.seriesId()).isEqualTo(series.seriesId()));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aMonthlySecondTuesdaySeriesStaysAtSevenPmAcrossTheNovemberClockChange() {
        SeriesScheduled series = seriesPlanning.scheduleSeries(
                meeting("Autumn series", LocalDateTime.of(2026, 10, 13, 19, 0)),
                new Recurrence(Recurrence.Pattern.MONTHLY_BY_WEEKDAY, 1, LocalDate.of(2027, 1, 31), null));

        List<MeetingSummary> made = series.meetingIds().stream()
                .map(id -> meetings.find(id).orElseThrow())
                .toList();
        assertThat(made)
                .extracting(m -> m.startsAtLocal().toLocalDate())
                .containsExactly(
                        LocalDate.of(2026, 10, 13),
                        LocalDate.of(2026, 11, 10),
                        LocalDate.of(2026, 12, 8),
                        LocalDate.of(2027, 1, 12));
        assertThat(made).allSatisfy(m -> {
            assertThat(m.startsAtLocal().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(m.startsAt().getHour()).isEqualTo(19);
        });
        assertThat(made.get(0).startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
        assertThat(made.get(1).startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void timesTheClockChangesSkipOrRepeatAreReadAsRfc5545Says() {
        // 02:30 on 8 March 2026 does not exist in Denver: RFC 5545 reads it with the offset before the gap (03:30 MDT).
        long gap = planning.scheduleMeeting(meeting("Night shift check-in", LocalDateTime.of(2026, 3, 8, 2, 30)));
        var skipped = meetings.find(gap).orElseThrow().startsAt();
        assertThat(skipped.toLocalTime()).hasToString("03:30");
        assertThat(skipped.getOffset()).isEqualTo(ZoneOffset.ofHours(-6));

        // 01:30 on 1 November 2026 happens twice: RFC 5545 takes the first (still MDT).
        long twice = planning.scheduleMeeting(meeting("Night shift debrief", LocalDateTime.of(2026, 11, 1, 1, 30)));
        var repeated = meetings.find(twice).orElseThrow().startsAt();
        assertThat(repeated.toLocalTime()).hasToString("01:30");
        assertThat(repeated.getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void movingAnOccurrenceRaisesItsSequenceAndLeavesTheOthersAlone() {
        SeriesScheduled series = seriesPlanning.scheduleSeries(
                meeting("Moved series", LocalDateTime.of(2027, 3, 4, 18, 0)),
                new Recurrence(Recurrence.Pattern.WEEKLY, 2, null, 3));
        MeetingSummary second = meetings.find(series.meetingIds().get(1)).orElseThrow();
        MeetingData moved = second.data().startingAt(second.startsAtLocal().plusDays(1));

        MeetingSummary after = planning.updateMeeting(second.id(), second.version(), moved);

        assertThat(after.sequence()).isEqualTo(second.sequence() + 1);
        assertThat(after.startsAtLocal()).isEqualTo(LocalDateTime.of(2027, 3, 19, 18, 0));
        assertThat(after.occurrenceLocal()).isEqualTo(LocalDateTime.of(2027, 3, 18, 18, 0));
        assertThat(meetings.find(series.meetingIds().get(2)).orElseThrow().startsAtLocal())
                .isEqualTo(LocalDateTime.of(2027, 4, 1, 18, 0));
        // The form still holds the old version: a second save is refused, not silently applied.
        assertThatThrownBy(() -> planning.updateMeeting(second.id(), second.version(), moved))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void aCancelledMeetingKeepsItsReasonAndCannotChangeAgain() {
        long id = planning.scheduleMeeting(meeting("To be cancelled", LocalDateTime.of(2027, 5, 6, 18, 0)));
        MeetingSummary before = meetings.find(id).orElseThrow();

        assertThatThrownBy(() -> planning.cancelMeeting(id, before.version(), "  "))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("reason:meeting.error.reason-required"));
        planning.cancelMeeting(id, before.version(), "Not enough members could come");

        MeetingSummary after = meetings.find(id).orElseThrow();
        assertThat(after.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(after.cancelReason()).isEqualTo("Not enough members could come");
        assertThat(after.sequence()).isEqualTo(before.sequence() + 1);
        assertThatThrownBy(() -> planning.updateMeeting(id, after.version(), after.data()))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("status:meeting.error.closed"));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aMeetingWithoutAPlaceOrAWayInIsRefusedAndNothingIsSaved() {
        long before = meetings.countMeetingsToManage(dac());
        MeetingData noAddress = new MeetingData(
                dac(),
                "Nowhere",
                LocalDateTime.of(2027, 6, 1, 18, 0),
                DENVER,
                90,
                MeetingFormat.IN_PERSON,
                " ",
                null,
                true,
                List.of(),
                null);
        MeetingData noLink = new MeetingData(
                dac(),
                "No way in",
                LocalDateTime.of(2027, 6, 1, 18, 0),
                DENVER,
                90,
                MeetingFormat.ONLINE,
                null,
                null,
                true,
                List.of(),
                null);

        assertThatThrownBy(() -> planning.scheduleMeeting(noAddress))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("location:meeting.error.place-required"));
        assertThatThrownBy(() -> planning.scheduleMeeting(noLink))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("onlineUrl:meeting.error.join-required"));
        assertThatThrownBy(() -> seriesPlanning.scheduleSeries(
                        meeting("Endless", LocalDateTime.of(2027, 6, 1, 18, 0)),
                        new Recurrence(Recurrence.Pattern.WEEKLY, 1, null, null)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("until:series.error.end-required"));
        assertThatThrownBy(() -> seriesPlanning.scheduleSeries(
                        meeting("Too long", LocalDateTime.of(2027, 6, 1, 18, 0)),
                        new Recurrence(Recurrence.Pattern.WEEKLY, 1, LocalDate.of(2031, 1, 1), null)))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("until:series.error.too-many"));
        assertThatThrownBy(() -> planning.scheduleMeeting(new MeetingData(
                        dac(),
                        "Bad link",
                        LocalDateTime.of(2027, 6, 1, 18, 0),
                        DENVER,
                        90,
                        MeetingFormat.ONLINE,
                        null,
                        "javascript:alert(1)",
                        true,
                        List.of(),
                        null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(meetings.countMeetingsToManage(dac())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void overlappingMeetingsOfTheBodyOrInTheSameRoomAreWarnedAbout() {
        long first = planning.scheduleMeeting(meeting("Clash A", LocalDateTime.of(2027, 9, 7, 18, 0)));
        MeetingData sameBodyLater = meeting("Clash B", LocalDateTime.of(2027, 9, 7, 19, 0));
        MeetingData afterwards = meeting("Clash C", LocalDateTime.of(2027, 9, 7, 20, 0));

        assertThat(planning.conflicts(sameBodyLater, null)).singleElement().satisfies(c -> {
            assertThat(c.meetingId()).isEqualTo(first);
            assertThat(c.kind()).isEqualTo(MeetingConflict.Kind.SAME_BODY);
        });
        assertThat(planning.conflicts(afterwards, null)).isEmpty();
        assertThat(planning.conflicts(meeting("Clash A", LocalDateTime.of(2027, 9, 7, 18, 0)), first))
                .isEmpty();

        long fac = committees.findBySlug("fac").orElseThrow().id();
        MeetingData otherBodySameRoom = new MeetingData(
                fac,
                "FAC in room 101",
                LocalDateTime.of(2027, 9, 7, 19, 30),
                DENVER,
                60,
                new MeetingPlace(
                        MeetingFormat.IN_PERSON, "jeffco education center", "room 101", null, null, null, List.of()),
                true,
                null);
        assertThat(planning.conflicts(otherBodySameRoom, null))
                .extracting(MeetingConflict::kind)
                .containsExactly(MeetingConflict.Kind.SAME_ROOM);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void anOrdinaryMemberCannotScheduleOrCancel() {
        assertThatThrownBy(() -> planning.scheduleMeeting(meeting("Member's own", LocalDateTime.of(2027, 7, 1, 18, 0))))
                .isInstanceOf(AccessDeniedException.class);
        MeetingSummary any = meetings.upcomingOf(dac(), 1).getFirst();
        assertThatThrownBy(() -> planning.cancelMeeting(any.id(), any.version(), "Because"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aDraftIsDiscardedNotCancelledSoItNeverReachesTheCalendar() {
        long id = planning.draftMeeting(meeting("Draft to drop", LocalDateTime.of(2027, 8, 10, 18, 0)));
        MeetingSummary draft = meetings.find(id).orElseThrow();

        assertThatThrownBy(() -> planning.cancelMeeting(id, draft.version(), "Changed our minds"))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("status:meeting.error.draft-discard"));
        assertThat(meetings.find(id).orElseThrow().status()).isEqualTo(MeetingStatus.DRAFT);

        planning.discardDraft(id, draft.version());
        assertThat(meetings.find(id)).isEmpty();
        assertThat(meetings.closedMeeting(id)).isEmpty();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void anAnnouncedPublicMeetingCannotQuietlyBecomeClosed() {
        long id = planning.scheduleMeeting(meeting("Open forum", LocalDateTime.of(2027, 8, 24, 18, 0)));
        MeetingSummary open = meetings.find(id).orElseThrow();
        MeetingData closed = new MeetingData(
                dac(),
                open.title(),
                open.startsAtLocal(),
                DENVER,
                120,
                open.format(),
                open.location(),
                open.onlineUrl(),
                false,
                open.languagesOffered(),
                null);

        assertThatThrownBy(() -> planning.updateMeeting(id, open.version(), closed))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("publicMeeting:meeting.error.public-to-closed"));
        assertThat(meetings.find(id).orElseThrow().publicMeeting()).isTrue();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aMeetingIsMarkedHeldOnlyOnceItHasStarted() {
        long id = planning.scheduleMeeting(meeting("Not yet", LocalDateTime.of(2027, 8, 17, 18, 0)));

        assertThatThrownBy(() -> planning.recordHeld(id))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("status:meeting.error.not-started"));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aClashWithAnotherBodysClosedMeetingDoesNotGiveAwayItsTitle() {
        long jcea = committees.findBySlug("jcea").orElseThrow().id();
        var jceaMeeting = LongStream.rangeClosed(1, 300)
                .mapToObj(meetings::closedMeeting)
                .flatMap(Optional::stream)
                .filter(m -> m.bodyId() == jcea)
                .findFirst()
                .orElseThrow();
        MeetingData sameRoom = new MeetingData(
                dac(),
                "DAC in the JCEA office",
                jceaMeeting.startsAtLocal(),
                DENVER,
                60,
                MeetingFormat.IN_PERSON,
                "JCEA office, 7300 W Alameda Ave, Lakewood, CO",
                null,
                true,
                List.of(),
                null);

        assertThat(planning.conflicts(sameRoom, null)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MeetingConflict.Kind.SAME_ROOM);
            assertThat(c.title()).isNull();
        });
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aDraftStaysOffThePublicCalendarUntilScheduled() {
        long id = planning.draftMeeting(meeting("Draft meeting", LocalDateTime.of(2027, 8, 3, 18, 0)));
        MeetingSummary draft = meetings.find(id).orElseThrow();
        assertThat(draft.status()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(meetings.upcomingPublic(0, 500))
                .extracting(MeetingSummary::id)
                .doesNotContain(id);

        planning.scheduleDraft(id, draft.version());

        assertThat(meetings.upcomingPublic(0, 500))
                .extracting(MeetingSummary::id)
                .contains(id);
        assertThat(meetings.find(id).orElseThrow().sequence()).isZero();
    }
}
