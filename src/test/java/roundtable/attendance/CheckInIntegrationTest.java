package roundtable.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Collator;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.Attendee;
import roundtable.attendance.checkin.AttendeeKind;
import roundtable.attendance.checkin.CheckInOutcome;
import roundtable.attendance.checkin.CheckInService;
import roundtable.attendance.checkin.CheckInSheet;
import roundtable.attendance.checkin.CheckInSheets;
import roundtable.attendance.checkin.Headcount;
import roundtable.attendance.checkin.MeetingAttendance;
import roundtable.attendance.checkin.Quorum;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.committees.VotingComposition;
import roundtable.people.ProfileService;

@IntegrationTest
class CheckInIntegrationTest extends AttendanceTestSupport {

    static final String SECRETARY = "dac.secretary@example.org";

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInSheets sheets;

    @Autowired
    ProfileService profiles;

    long meeting(String title, boolean publicMeeting) {
        return as(
                SECRETARY,
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, clock, title, CheckInFixtures.STARTED_AGO, publicMeeting));
    }

    /** Back to three hours before the meeting starts. */
    void threeHoursBeforeTheStart() {
        clock.advance(CheckInFixtures.STARTED_AGO.plusHours(3).negated());
    }

    long personId(String email) {
        return people.idOf(email).orElseThrow();
    }

    CheckInSheet.Entry entry(long meetingId, Attendee who) {
        return as(SECRETARY, () -> sheets.checkInSheet(meetingId)).entries().stream()
                .filter(e -> e.who().equals(who))
                .findFirst()
                .orElseThrow();
    }

    static void refusedWith(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void checkInOpensTwoHoursBeforeTheStartAndClosesAWeekAfterTheEnd() {
        long id = meeting("DAC check-in window", false);
        threeHoursBeforeTheStart();
        Attendee chair = Attendee.person(personId("dac.chair@example.org"));

        refusedWith(
                () -> as(SECRETARY, () -> checkIns.checkIn(id, chair, AttendanceMode.IN_PERSON)),
                "checkin.error.too-early");
        CheckInSheet early = as(SECRETARY, () -> sheets.checkInSheet(id));
        assertThat(early.window()).as("the list can be read before it opens").isEqualTo(CheckInSheet.Window.NOT_YET);
        assertThat(as(SECRETARY, () -> sheets.mayCheckIn(early.meeting()))).isFalse();

        clock.advance(Duration.ofMinutes(61));
        assertThat(as(SECRETARY, () -> checkIns.checkIn(id, chair, AttendanceMode.IN_PERSON)))
                .isEqualTo(CheckInOutcome.DONE);
        assertThat(as(SECRETARY, () -> sheets.mayCheckIn(early.meeting()))).isTrue();

        clock.advance(Duration.ofDays(7).plusHours(3));
        assertThat(as(SECRETARY, () -> sheets.checkInSheet(id)).window()).isEqualTo(CheckInSheet.Window.OPEN);
        clock.advance(Duration.ofHours(2));
        refusedWith(
                () -> as(SECRETARY, () -> checkIns.addWalkIn(id, "Late Larry", AttendanceMode.IN_PERSON)),
                "checkin.error.closed");
        CheckInSheet closed = as(SECRETARY, () -> sheets.checkInSheet(id));
        assertThat(closed.window()).isEqualTo(CheckInSheet.Window.CLOSED);
        assertThat(closed.headcount().present()).as("what was recorded stays").isEqualTo(1);
    }

    @Test
    void aCancelledMeetingHasNoCheckIn() {
        long id = meeting("DAC check-in cancelled", false);
        as(SECRETARY, () -> {
            planning.cancelMeeting(id, meetings.find(id).orElseThrow().version(), "Room flooded");
            return null;
        });
        refusedWith(
                () -> as(
                        SECRETARY,
                        () -> checkIns.checkIn(id, Attendee.person(personId(SECRETARY)), AttendanceMode.IN_PERSON)),
                "checkin.error.not-held");
        assertThat(as(SECRETARY, () -> sheets.checkInSheet(id)).window()).isEqualTo(CheckInSheet.Window.NOT_HELD);
    }

    @Test
    void onlyTheBodysSecretaryChairAndViceChairCheckPeopleIn() {
        long id = meeting("DAC check-in permissions", true);
        Attendee self = Attendee.person(personId("dac.member@example.org"));
        assertThatThrownBy(() -> as("dac.member@example.org", () -> checkIns.checkIn(id, self, AttendanceMode.ONLINE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("dac.member@example.org", () -> sheets.checkInSheet(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("dac.member@example.org", () -> sheets.attendanceOf(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        "language.services@example.org",
                        () -> checkIns.addWalkIn(id, "Someone", AttendanceMode.IN_PERSON)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(null, () -> sheets.checkInSheet(id))).isInstanceOf(AccessDeniedException.class);
        var meeting = as(SECRETARY, () -> meetings.find(id)).orElseThrow();
        assertThat(as("dac.member@example.org", () -> sheets.mayCheckIn(meeting)))
                .isFalse();

        assertThat(as("dac.chair@example.org", () -> checkIns.checkIn(id, self, AttendanceMode.ONLINE)))
                .as("the chair may")
                .isEqualTo(CheckInOutcome.DONE);
        assertThat(as("admin@example.org", () -> sheets.attendanceOf(id)).present())
                .hasSize(1);
    }

    @Test
    void checkingSomeoneInTwiceIsHarmlessAndAStaleChangeIsRefused() {
        long id = meeting("DAC check-in twice", false);
        Attendee chair = Attendee.person(personId("dac.chair@example.org"));

        assertThat(as(SECRETARY, () -> checkIns.checkIn(id, chair, AttendanceMode.IN_PERSON)))
                .isEqualTo(CheckInOutcome.DONE);
        assertThat(as(SECRETARY, () -> checkIns.checkIn(id, chair, AttendanceMode.IN_PERSON)))
                .isEqualTo(CheckInOutcome.ALREADY_SO);
        assertThat(as(SECRETARY, () -> checkIns.checkIn(id, chair, AttendanceMode.ONLINE)))
                .as("a second secretary who saw 'not yet' leaves the first one's check-in as it was")
                .isEqualTo(CheckInOutcome.ALREADY_SO);
        CheckInSheet.Entry seen = entry(id, chair);
        assertThat(seen.mode()).isEqualTo(AttendanceMode.IN_PERSON);

        assertThat(as(SECRETARY, () -> checkIns.checkIn(id, chair, AttendanceMode.ONLINE, seen.version())))
                .as("changing how they take part, from what was seen")
                .isEqualTo(CheckInOutcome.DONE);
        assertThat(entry(id, chair).mode()).isEqualTo(AttendanceMode.ONLINE);
        assertThatThrownBy(() -> as(SECRETARY, () -> checkIns.undoCheckIn(id, chair, seen.version())))
                .as("an undo of what has changed since")
                .isInstanceOf(OptimisticLockingFailureException.class);

        long current = entry(id, chair).version();
        assertThat(as(SECRETARY, () -> checkIns.undoCheckIn(id, chair, current)))
                .isEqualTo(CheckInOutcome.DONE);
        assertThat(as(SECRETARY, () -> checkIns.undoCheckIn(id, chair, current)))
                .isEqualTo(CheckInOutcome.ALREADY_SO);
        assertThat(entry(id, chair).checkedIn()).isFalse();
        assertThatThrownBy(() -> as(SECRETARY, () -> checkIns.checkIn(id, chair, AttendanceMode.IN_PERSON, current)))
                .as("a change to a check-in someone undid")
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void twoSecretariesTappingTheSameNameAtOnceCheckThemInOnce() throws Exception {
        long id = meeting("DAC check-in race", false);
        Attendee member = Attendee.person(personId("dac.member@example.org"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CheckInOutcome>> taps = List.of(SECRETARY, "dac.chair@example.org").stream()
                    .map(who -> pool.submit(() -> as(who, () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return checkIns.checkIn(id, member, AttendanceMode.IN_PERSON);
                    })))
                    .toList();
            start.countDown();
            assertThat(List.of(taps.get(0).get(), taps.get(1).get()))
                    .contains(CheckInOutcome.DONE)
                    .doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from check_in where meeting_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void aWalkInNeedsANameNotAlreadyOnTheListAndAddingItTwiceAddsItOnce() {
        long id = meeting("DAC check-in walk-ins", false);

        for (String bad : new String[] {null, "   ", "x".repeat(AttendanceLimits.NAME + 1)}) {
            assertThatThrownBy(() -> as(SECRETARY, () -> checkIns.addWalkIn(id, bad, AttendanceMode.IN_PERSON)))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.messageKey()).isEqualTo("checkin.error.walk-in-name");
                    });
        }
        assertThatThrownBy(() -> as(SECRETARY, () -> checkIns.addWalkIn(id, "Pat Walker", null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("mode"));
        assertThatThrownBy(() ->
                        as(SECRETARY, () -> checkIns.addWalkIn(id, "maria fernanda  RUIZ", AttendanceMode.IN_PERSON)))
                .as("a member is checked in on her own row, where her vote counts")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("checkin.error.on-the-list");
                });

        assertThat(as(SECRETARY, () -> checkIns.addWalkIn(id, "  Pat   Walker ", AttendanceMode.IN_PERSON)))
                .isEqualTo(CheckInOutcome.DONE);
        assertThat(as(SECRETARY, () -> checkIns.addWalkIn(id, "pat walker", AttendanceMode.ONLINE)))
                .isEqualTo(CheckInOutcome.ALREADY_SO);
        List<CheckInSheet.Entry> walkIns = as(SECRETARY, () -> sheets.checkInSheet(id)).entries().stream()
                .filter(e -> e.kind() == AttendeeKind.WALK_IN)
                .toList();
        assertThat(walkIns).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Pat Walker");
            assertThat(e.mode()).isEqualTo(AttendanceMode.IN_PERSON);
        });

        Attendee pat = walkIns.getFirst().who();
        assertThat(as(
                        SECRETARY,
                        () -> checkIns.undoCheckIn(id, pat, walkIns.getFirst().version())))
                .isEqualTo(CheckInOutcome.DONE);
        assertThat(as(SECRETARY, () -> sheets.checkInSheet(id)).entries())
                .as("an undone walk-in leaves the list")
                .noneMatch(e -> e.kind() == AttendeeKind.WALK_IN);
    }

    @Test
    void theQuorumCountsVotingMembersPresentAgainstTheBodysRule() {
        long id = meeting("DAC check-in quorum", false);
        VotingComposition dac = as(
                SECRETARY,
                () -> committees.votingComposition(
                        committees.findBySlug("dac").orElseThrow().id()));
        int votingSeats = (int) dac.seats().stream()
                .filter(VotingComposition.Seat::voting)
                .map(VotingComposition.Seat::personId)
                .distinct()
                .count();

        as(
                SECRETARY,
                () -> checkIns.checkIn(
                        id, Attendee.person(personId("dac.chair@example.org")), AttendanceMode.IN_PERSON));
        as(
                SECRETARY,
                () -> checkIns.checkIn(id, Attendee.person(personId("dac.member@example.org")), AttendanceMode.ONLINE));
        // The district's staff liaison sits on DAC without a vote.
        as(
                SECRETARY,
                () -> checkIns.checkIn(id, Attendee.person(personId("admin@example.org")), AttendanceMode.IN_PERSON));
        as(SECRETARY, () -> checkIns.addWalkIn(id, "Visiting Parent", AttendanceMode.IN_PERSON));

        MeetingAttendance attended = as(SECRETARY, () -> sheets.attendanceOf(id));
        assertThat(attended.headcount())
                .isEqualTo(new Headcount(4, 3, 1, new Quorum(2, votingSeats, dac.quorumNeeded())));
        assertThat(dac.quorumNeeded())
                .as("DAC sets no number: a majority of its filled voting seats")
                .isEqualTo(votingSeats / 2 + 1);
        assertThat(attended.headcount().quorum().met()).isFalse();
        assertThat(attended.present())
                .extracting(MeetingAttendance.Present::personId)
                .containsExactlyInAnyOrder(
                        personId("dac.chair@example.org"),
                        personId("dac.member@example.org"),
                        personId("admin@example.org"),
                        null);
        assertThat(attended.present())
                .filteredOn(p -> p.personId() == null)
                .singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Visiting Parent"));

        assertThat(as("dac.chair@example.org", () -> profiles.exportMyData()))
                .as("her check-ins are in her personal data export")
                .contains("\"checkIns\"")
                .containsPattern("\"meetingId\"\\s*:\\s*" + id + ",\\s+\"mode\"\\s*:\\s*\"IN_PERSON\"");
    }

    @Test
    void theSheetListsTheRosterAndEveryoneWhoRsvpdWithTheirAnswer() {
        long id = meeting("DAC check-in RSVPs", true);
        threeHoursBeforeTheStart();
        as("dac.member@example.org", () -> attendance.rsvp(id, Response.ONLINE, null));
        as("language.services@example.org", () -> attendance.rsvp(id, Response.IN_PERSON, null));
        as(null, () -> {
            guests.guestRsvp(
                    id,
                    "Gloria Guest",
                    "gloria.guest@example.net",
                    Language.SPANISH,
                    Response.IN_PERSON,
                    null,
                    "198.51.100.61");
            guests.guestRsvp(
                    id,
                    "Una Unconfirmed",
                    "una@example.net",
                    Language.ENGLISH,
                    Response.IN_PERSON,
                    null,
                    "198.51.100.61");
            return null;
        });
        String token = Mailbox.awaitLink(
                        mail,
                        "gloria.guest@example.net",
                        "DAC check-in RSVPs",
                        "/rsvp/confirm/",
                        Duration.ofSeconds(10))
                .replaceAll(".*/rsvp/confirm/", "");
        as(null, () -> guestChanges.confirmGuest(token));
        clock.advance(Duration.ofHours(3).plusMinutes(30));

        CheckInSheet sheet = as(SECRETARY, () -> sheets.checkInSheet(id));
        assertThat(sheet.entries())
                .extracting(CheckInSheet.Entry::name)
                .contains("Dana Whitfield", "María Fernanda Ruiz", "Gloria Guest")
                .doesNotContain("Una Unconfirmed")
                .isSortedAccordingTo(Collator.getInstance(Locale.ROOT));
        CheckInSheet.Entry maria = sheet.entries().stream()
                .filter(e -> "María Fernanda Ruiz".equals(e.name()))
                .findFirst()
                .orElseThrow();
        assertThat(maria.kind()).isEqualTo(AttendeeKind.MEMBER);
        assertThat(maria.votingMember()).isTrue();
        assertThat(maria.rsvp()).isEqualTo(Response.ONLINE);
        CheckInSheet.Entry coordinator = sheet.entries().stream()
                .filter(e -> e.who().equals(Attendee.person(personId("language.services@example.org"))))
                .findFirst()
                .orElseThrow();
        assertThat(coordinator.kind())
                .as("signed in and RSVP'd, but not on DAC")
                .isEqualTo(AttendeeKind.ATTENDEE);
        assertThat(coordinator.votingMember()).isFalse();
        CheckInSheet.Entry gloria = sheet.entries().stream()
                .filter(e -> "Gloria Guest".equals(e.name()))
                .findFirst()
                .orElseThrow();
        assertThat(gloria.kind()).isEqualTo(AttendeeKind.GUEST);

        as(SECRETARY, () -> checkIns.checkIn(id, gloria.who(), AttendanceMode.IN_PERSON));
        long mariasRsvp = as("dac.member@example.org", () -> attendance.myRsvp(id))
                .orElseThrow()
                .rsvpId();
        as(SECRETARY, () -> checkIns.checkIn(id, Attendee.guest(mariasRsvp), AttendanceMode.ONLINE));
        assertThat(entry(id, maria.who()).mode())
                .as("a member's RSVP stands for the member")
                .isEqualTo(AttendanceMode.ONLINE);
        assertThat(entry(id, gloria.who()).checkedIn()).isTrue();
        assertThat(as(SECRETARY, () -> sheets.attendanceOf(id))
                        .headcount()
                        .quorum()
                        .votingPresent())
                .isEqualTo(1);

        refusedWith(
                () -> as(
                        SECRETARY,
                        () -> checkIns.checkIn(
                                id, Attendee.person(personId("elena.petrova@example.org")), AttendanceMode.IN_PERSON)),
                "checkin.error.not-expected");
        assertThat(sheet.entries())
                .as("a member who RSVP'd is listed once")
                .extracting(CheckInSheet.Entry::who)
                .doesNotHaveDuplicates();
    }
}
