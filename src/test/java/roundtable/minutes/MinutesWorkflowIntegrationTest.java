package roundtable.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.Attendee;
import roundtable.attendance.checkin.CheckInService;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.committees.CommitteeService;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.minutes.MinutesContent.ActionItem;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.RollCallVote;
import roundtable.minutes.MinutesContent.Vote;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.people.PersonService;

/** The minutes of one DAC meeting from the door to version 2, as the secretary and the chair work on them. */
@IntegrationTest
class MinutesWorkflowIntegrationTest {

    static final String SECRETARY = "dac.secretary@example.org";
    static final String CHAIR = "dac.chair@example.org";

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesArchive archive;

    @Autowired
    MinutesTranslations minutesTranslations;

    @Autowired
    MinutesPublishing publishing;

    @Autowired
    MinutesApproval approval;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    AgendaService agenda;

    @Autowired
    CheckInService checkIns;

    @Autowired
    CommitteeService committees;

    @Autowired
    PersonService people;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    AuditService audit;

    @Autowired
    MinutesRenderer renderer;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    void doAs(String email, Runnable work) {
        RunAs.as(users, email, work);
    }

    long meetingWithAgendaAndCheckIns(String title) {
        return as(SECRETARY, () -> {
            long id = CheckInFixtures.dacMeetingThatStarted(
                    committees, planning, clock, title, CheckInFixtures.STARTED_AGO, true);
            agenda.addAgendaItem(id, new AgendaItemData("Budget priorities", "CFO", 30, null, false));
            checkIns.checkIn(id, Attendee.person(people.idOf(CHAIR).orElseThrow()), AttendanceMode.IN_PERSON);
            checkIns.checkIn(id, Attendee.person(people.idOf(SECRETARY).orElseThrow()), AttendanceMode.ONLINE);
            checkIns.addWalkIn(id, "Walk-in Resident", AttendanceMode.IN_PERSON);
            return id;
        });
    }

    /** Every voting member present, a roll call where all but one vote yes, an action item, and a hostile note. */
    static MinutesContent recorded(MinutesDraft draft) {
        List<Attendance> attendance = draft.content().attendance().stream()
                .map(a -> new Attendance(
                        a.personId(), a.name(), a.role(), a.voting(), a.voting() ? Presence.PRESENT : a.presence()))
                .toList();
        List<RollCallVote> rollCall = new ArrayList<>();
        attendance.stream()
                .filter(Attendance::voting)
                .forEach(a -> rollCall.add(
                        new RollCallVote(a.personId(), a.name(), rollCall.isEmpty() ? Vote.NO : Vote.YES)));
        Item first = draft.content().items().getFirst();
        Motion motion = new Motion(
                "<p>That the budget <script>alert(1)</script>protect classrooms</p>",
                "Whitfield",
                "Lee",
                VoteKind.ROLL_CALL,
                99,
                99,
                99,
                rollCall);
        Item item = new Item(
                first.agendaItemId(),
                first.title(),
                "<p onclick=\"steal()\">Discussed the shortfall.</p><img src=x onerror=alert(1)>",
                List.of(motion),
                List.of(new ActionItem("Circulate the slides", "Secretary", null)));
        return new MinutesContent(attendance, List.of(item), "<p>Two residents spoke.</p>");
    }

    @Test
    void aDraftStartsFromTheAgendaTheRosterAndWhoCheckedIn() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes prefill");
        MinutesDraft draft = as(SECRETARY, () -> {
            long id = minutes.startDraft(meetingId);
            assertThat(minutes.startDraft(meetingId))
                    .as("a second start returns the first")
                    .isEqualTo(id);
            return minutes.draftOf(meetingId).orElseThrow();
        });
        assertThat(draft.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(draft.content().items()).extracting(Item::title).containsExactly("Budget priorities");
        assertThat(draft.content().attendance())
                .filteredOn(a -> "Walk-in Resident".equals(a.name()))
                .extracting(Attendance::presence, Attendance::voting)
                .containsExactly(Tuple.tuple(Presence.GUEST, false));
        assertThat(draft.content().attendance())
                .filteredOn(a -> a.presence() == Presence.PRESENT_ONLINE)
                .hasSize(1);
        MinutesQuorum quorum = draft.quorum();
        assertThat(quorum.present()).isEqualTo(2);
        assertThat(quorum.needed())
                .isEqualTo(as(SECRETARY, () -> committees.votingComposition(draft.bodyId()))
                        .quorumNeeded());
        assertThat(quorum.met()).isFalse();
        assertThatThrownBy(() -> as("dac.member@example.org", () -> minutes.startDraft(meetingId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void minutesWrittenAfterATermEndedStillListWhoSatOnTheMeetingsDay() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes written late");
        long danielId = people.idOf("daniel.reyes@example.org").orElseThrow();
        int quorumThen = as(
                        SECRETARY,
                        () -> committees.votingComposition(
                                committees.findBySlug("dac").orElseThrow().id()))
                .quorumNeeded();
        // The demo's community member's term ends 25 days from now; the secretary writes up 40 days later.
        clock.advance(Duration.ofDays(40));
        MinutesDraft draft = as(SECRETARY, () -> {
            minutes.startDraft(meetingId);
            return minutes.draftOf(meetingId).orElseThrow();
        });
        assertThat(draft.content().attendance()).anySatisfy(a -> {
            assertThat(a.personId()).isEqualTo(danielId);
            assertThat(a.voting()).isTrue();
        });
        assertThat(draft.quorumNeeded()).isEqualTo(quorumThen);
    }

    @Test
    void twoRecordersStartingTheSameMinutesAtOnceAreToldOfTheOther() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes started twice");
        var secretarysDraft = new AtomicLong();

        Throwable chairsStart = secondWhileFirstUncommitted(
                () -> secretarysDraft.set(as(SECRETARY, () -> minutes.startDraft(meetingId))),
                () -> as(CHAIR, () -> minutes.startDraft(meetingId)));

        assertThat(chairsStart).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(CHAIR, () -> minutes.draftOf(meetingId)).orElseThrow().minutesId())
                .isEqualTo(secretarysDraft.get());
    }

    @Test
    void twoTranslatorsAddingTheSameLanguageAtOnceAreToldOfTheOther() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes translated twice");
        long minutesId = as(CHAIR, () -> {
            long id = minutes.startDraft(meetingId);
            MinutesDraft submitted =
                    minutes.submit(id, minutes.draftOf(meetingId).orElseThrow().version());
            publishing.publish(
                    id, approval.approve(id, submitted.version(), null).version(), true);
            return id;
        });

        Throwable chairsTranslation = secondWhileFirstUncommitted(
                () -> as(
                        SECRETARY,
                        () -> minutesTranslations.addTranslation(minutesId, "es", "<p>La del secretario.</p>")),
                () -> as(
                        CHAIR,
                        () -> minutesTranslations.addTranslation(minutesId, "es", "<p>La de la presidenta.</p>")));

        assertThat(chairsTranslation).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(archive.translation(minutesId, "es").orElseThrow().html()).contains("del secretario");
    }

    /**
     * Runs {@code second} on another thread while {@code first}'s transaction is still open, and
     * commits only once the second is inside H2's insert: the race is run, not hoped for.
     * Returns what the second threw (null if nothing).
     */
    private Throwable secondWhileFirstUncommitted(Runnable first, Callable<?> second) {
        var secondThread = new AtomicReference<Thread>();
        var pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "second");
            secondThread.set(t);
            return t;
        });
        try {
            var running = new TransactionTemplate(transactions).execute(status -> {
                first.run();
                var started = pool.submit(second);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (secondThread.get() == null
                        || Arrays.stream(secondThread.get().getStackTrace())
                                .noneMatch(f -> f.getClassName().startsWith("org.h2.command.dml.Insert"))) {
                    assertThat(System.nanoTime())
                            .as("the second reached the database")
                            .isLessThan(deadline);
                    Thread.onSpinWait();
                }
                return started;
            });
            running.get(20, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheChairSendsMinutesBackOrApprovesThemAlone() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes sent back");
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft submitted = as(
                SECRETARY,
                () -> minutes.submit(
                        minutesId, minutes.draftOf(meetingId).orElseThrow().version()));
        assertThat(submitted.mayApprove())
                .as("the secretary is offered no approval of their own")
                .isFalse();
        assertThatThrownBy(() -> as(SECRETARY, () -> minutes.returnToDraft(minutesId, submitted.version())))
                .as("the secretary cannot pull minutes back from review")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin@example.org", () -> approval.approve(minutesId, submitted.version(), null)))
                .as("an administrator is not the chair the minutes would name")
                .isInstanceOf(AccessDeniedException.class);
        MinutesDraft back = as(CHAIR, () -> minutes.returnToDraft(minutesId, submitted.version()));
        assertThat(back.status()).isEqualTo(MinutesStatus.DRAFT);
    }

    @Test
    void minutesSubmittedWithNoMeetingAheadGoOnTheAgendaOfTheNextOneScheduled() {
        // Years on, past every meeting the demo and the other tests put on the calendar.
        clock.advance(Duration.ofDays(3000));
        String admin = "admin@example.org";
        long meetingId = as(
                admin,
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees,
                        planning,
                        clock,
                        "DAC minutes with no meeting ahead",
                        CheckInFixtures.STARTED_AGO,
                        true));
        MinutesDraft submitted = as(admin, () -> {
            long id = minutes.startDraft(meetingId);
            return minutes.submit(id, minutes.draftOf(meetingId).orElseThrow().version());
        });
        assertThat(submitted.approvalMeetingId())
                .as("nowhere to put the approval yet")
                .isNull();

        long next = as(
                admin,
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, clock, "DAC meeting scheduled later", Duration.ofDays(-14), true));

        assertThat(as(admin, () -> agenda.agendaOf(next)))
                .singleElement()
                .satisfies(i -> assertThat(i.title())
                        .startsWith("Approval of the minutes of DAC minutes with no meeting ahead"));
        assertThat(as(admin, () -> minutes.draftOf(meetingId)).orElseThrow().approvalMeetingId())
                .isEqualTo(next);
    }

    @Test
    void aClosedMeetingsMinutesReachNoPublicOutput() {
        long meetingId = as(SECRETARY, () -> {
            long id = CheckInFixtures.dacMeetingThatStarted(
                    committees, planning, clock, "DAC closed session minutes", CheckInFixtures.STARTED_AGO, false);
            agenda.addAgendaItem(id, new AgendaItemData("Personnel matter", null, 30, null, false));
            return id;
        });
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft draft = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
        MinutesDraft saved = as(SECRETARY, () -> minutes.saveDraft(minutesId, draft.version(), recorded(draft)));
        MinutesDraft submitted = as(SECRETARY, () -> minutes.submit(minutesId, saved.version()));
        MinutesDraft approved = as(CHAIR, () -> approval.approve(minutesId, submitted.version(), null));
        PublishedMinutes kept = as(CHAIR, () -> publishing.publish(minutesId, approved.version(), true));
        assertThat(kept.number()).as("the body keeps its record").isEqualTo(1);

        assertThat(archive.published(minutesId, null))
                .as("no permalink, PDF or page")
                .isEmpty();
        assertThat(archive.findPublished(minutesId)).isEmpty();
        assertThat(archive.allCurrent())
                .as("not in the archive index")
                .extracting(PublishedMinutes::minutesId)
                .doesNotContain(minutesId);
        assertThat(archive.recentlyPublished(null, 500))
                .as("not in the feeds")
                .extracting(PublishedMinutes::minutesId)
                .doesNotContain(minutesId);
        assertThat(archive.published(0, 500))
                .as("not on the home page")
                .extracting(MinutesSummary::id)
                .doesNotContain(minutesId);
    }

    @Test
    void onlyAMeetingHeldAfterSubmissionCanHaveApprovedTheMinutes() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes approval rule");
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft draft = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
        MinutesDraft submitted = as(SECRETARY, () -> minutes.submit(minutesId, draft.version()));
        assertThatThrownBy(() -> as(SECRETARY, () -> approval.approve(minutesId, submitted.version(), meetingId)))
                .as("the minuted meeting cannot approve its own minutes")
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "minutes.error.approval-meeting");
        assertThat(as(SECRETARY, () -> approval.approvalMeetings(minutesId)))
                .extracting(MeetingSummary::id)
                .doesNotContain(meetingId);
    }

    @Test
    void recordedSubmittedApprovedPublishedThenAmendedWithTheTranslationFlagged() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes workflow");
        Instant before = archive.lastPublicationChange();
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft start = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());

        MinutesDraft saved = as(SECRETARY, () -> minutes.saveDraft(minutesId, start.version(), recorded(start)));
        Motion motion = saved.content().items().getFirst().motions().getFirst();
        int voters = (int)
                saved.content().attendance().stream().filter(Attendance::voting).count();
        assertThat(List.of(motion.yes(), motion.no(), motion.abstain()))
                .as("counts derived from the roll call")
                .containsExactly(voters - 1, 1, 0);
        assertThat(motion.textHtml()).doesNotContain("script").contains("protect classrooms");
        assertThat(saved.content().items().getFirst().notesHtml()).doesNotContain("onclick", "onerror", "<img");

        assertThatThrownBy(() -> as(SECRETARY, () -> minutes.saveDraft(minutesId, start.version(), recorded(start))))
                .as("the second of two editors is told, nothing overwritten")
                .isInstanceOf(OptimisticLockingFailureException.class);

        MinutesDraft submitted = as(SECRETARY, () -> minutes.submit(minutesId, saved.version()));
        assertThat(submitted.status()).isEqualTo(MinutesStatus.SUBMITTED);
        assertThat(submitted.approvalMeetingId()).isNotNull();
        assertThat(as(SECRETARY, () -> agenda.agendaOf(submitted.approvalMeetingId())))
                .anySatisfy(i -> assertThat(i.title()).startsWith("Approval of the minutes of DAC minutes workflow"));

        assertThatThrownBy(() -> as(SECRETARY, () -> approval.approve(minutesId, submitted.version(), null)))
                .as("the secretary cannot approve alone")
                .isInstanceOf(AccessDeniedException.class);
        MinutesDraft approved = as(CHAIR, () -> approval.approve(minutesId, submitted.version(), null));
        assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(archive.published(minutesId, null))
                .as("approved is not yet public")
                .isEmpty();

        PublishedMinutes v1 = as(CHAIR, () -> publishing.publish(minutesId, approved.version(), false));
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.html())
                .contains(
                        "Budget priorities",
                        "protect classrooms",
                        "Moved by Whitfield, seconded by Lee.",
                        "Carried " + (voters - 1) + "–1",
                        "Circulate the slides",
                        "Two residents spoke.",
                        "Quorum: ")
                .doesNotContain("<script", "onclick", "onerror");
        assertThat(as("admin@example.org", () -> audit.count("Minutes published as version 1: DAC minutes workflow")))
                .as("publication audited")
                .isEqualTo(1);
        assertThat(as("admin@example.org", () -> audit.count("Minutes approved by the chair: DAC minutes workflow")))
                .as("approval audited")
                .isEqualTo(1);
        assertThat(v1.html())
                .as("a walk-in is counted, never named, in the public record")
                .doesNotContain("Walk-in Resident")
                .contains("one member of the public");
        assertThat(v1.plainText()).contains("Discussed the shortfall.").doesNotContain("<p>");
        assertThat(archive.recentlyPublished(v1.bodyId(), 1))
                .extracting(PublishedMinutes::minutesId)
                .containsExactly(minutesId);
        assertThat(archive.allCurrent()).extracting(PublishedMinutes::minutesId).contains(minutesId);
        assertThat(archive.lastPublicationChange()).isAfterOrEqualTo(before);

        as(
                SECRETARY,
                () -> minutesTranslations.addTranslation(
                        minutesId, "es", "<p>Se habló del déficit.<script>x</script></p>"));
        PublishedTranslation es = archive.translation(minutesId, "es").orElseThrow();
        assertThat(es.basedOn()).isEqualTo(1);
        assertThat(es.outOfDate()).isFalse();
        assertThat(es.html())
                .as("the translator's words, sanitised, in the whole record")
                .contains("<p>Se habló del déficit.</p>", "Asistencia", "Propuesta por Whitfield, secundada por Lee.")
                .doesNotContain("<script", "Discussed the shortfall.");

        PublishedMinutes current = archive.published(minutesId, null).orElseThrow();
        long version = as(CHAIR, () -> minutes.draftOf(meetingId).orElseThrow().version());
        assertThatThrownBy(() -> as(CHAIR, () -> approval.amend(minutesId, version, " ")))
                .isInstanceOf(RuleViolationException.class);
        MinutesDraft amending = as(CHAIR, () -> approval.amend(minutesId, version, "Seconder's name corrected"));
        assertThat(amending.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(archive.published(minutesId, null))
                .as("the public keeps reading version 1 meanwhile")
                .hasValueSatisfying(p -> assertThat(p.number()).isEqualTo(1));

        MinutesContent corrected = replaceSeconder(amending.content(), "Leigh");
        MinutesDraft v2draft = as(CHAIR, () -> minutes.saveDraft(minutesId, amending.version(), corrected));
        MinutesDraft v2submitted = as(CHAIR, () -> minutes.submit(minutesId, v2draft.version()));
        MinutesDraft v2approved = as(CHAIR, () -> approval.approve(minutesId, v2submitted.version(), null));
        PublishedMinutes v2 = as(CHAIR, () -> publishing.publish(minutesId, v2approved.version(), false));

        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.amendmentReason()).isEqualTo("Seconder's name corrected");
        assertThat(v2.html()).contains("seconded by Leigh");
        assertThat(v2.versions())
                .extracting(PublishedMinutes.VersionInfo::number)
                .containsExactly(1, 2);
        assertThat(v2.translations())
                .singleElement()
                .satisfies(t -> assertThat(t.outOfDate()).isTrue());
        assertThat(archive.published(minutesId, 1)).hasValueSatisfying(p -> {
            assertThat(p.html()).isEqualTo(current.html());
            assertThat(p.current()).isFalse();
        });
        assertThat(archive.translation(minutesId, "es").orElseThrow().outOfDate())
                .isTrue();
        assertThat(archive.recentlyPublished(null, 2))
                .extracting(PublishedMinutes::number)
                .startsWith(2);

        long translationVersion = as(
                SECRETARY,
                () -> minutesTranslations.translationsOf(minutesId).getFirst().version());
        doAs(
                SECRETARY,
                () -> minutesTranslations.updateTranslation(
                        minutesId, "es", "<p>Versión 1, sin erratas.</p>", translationVersion, false));
        assertThat(archive.translation(minutesId, "es").orElseThrow())
                .as("a typo mended is still version 1's")
                .satisfies(t -> {
                    assertThat(t.basedOn()).isEqualTo(1);
                    assertThat(t.outOfDate()).isTrue();
                    assertThat(t.html()).contains("sin erratas");
                });
        long mendedVersion = as(
                SECRETARY,
                () -> minutesTranslations.translationsOf(minutesId).getFirst().version());
        doAs(
                SECRETARY,
                () -> minutesTranslations.updateTranslation(minutesId, "es", "<p>Versión 2.</p>", mendedVersion, true));
        assertThat(archive.translation(minutesId, "es").orElseThrow()).satisfies(t -> {
            assertThat(t.basedOn()).isEqualTo(2);
            assertThat(t.outOfDate()).isFalse();
        });
        assertThatThrownBy(() -> doAs(
                        SECRETARY,
                        () -> minutesTranslations.updateTranslation(
                                minutesId, "es", "<p>Otra.</p>", translationVersion, true)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void publishingWithoutAttendanceWarnsUntilThePublisherAccepts() {
        long meetingId = as(
                SECRETARY,
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees,
                        planning,
                        clock,
                        "DAC minutes without attendance",
                        CheckInFixtures.STARTED_AGO,
                        true));
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft draft = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
        Motion vote = new Motion("<p>To adjourn</p>", null, null, VoteKind.COUNTS, 3, 0, 0, List.of());
        MinutesDraft saved = as(
                SECRETARY,
                () -> minutes.saveDraft(
                        minutesId,
                        draft.version(),
                        new MinutesContent(
                                draft.content().attendance(),
                                List.of(new Item(null, "Adjournment", null, List.of(vote), List.of())),
                                null)));
        MinutesDraft submitted = as(SECRETARY, () -> minutes.submit(minutesId, saved.version()));
        MinutesDraft approved = as(CHAIR, () -> approval.approve(minutesId, submitted.version(), null));

        assertThat(as(CHAIR, () -> publishing.publishWarnings(minutesId)))
                .extracting(MinutesWarning::messageKey)
                .containsExactly("minutes.warning.no-attendance", "minutes.warning.vote-without-quorum");
        assertThatThrownBy(() -> as(CHAIR, () -> publishing.publish(minutesId, approved.version(), false)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("minutes.warning.accept"));
        PublishedMinutes published = as(CHAIR, () -> publishing.publish(minutesId, approved.version(), true));
        assertThat(published.html()).contains("No attendance was recorded.");
    }

    @Test
    void anUnfinishedRollCallIsNotCountedAndWarnsBeforePublishing() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes unfinished roll call");
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft draft = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
        List<Attendance> voting =
                draft.content().attendance().stream().filter(Attendance::voting).toList();
        Attendance chair =
                voting.stream().filter(a -> a.presence().present()).findFirst().orElseThrow();
        Attendance unmarked = voting.stream()
                .filter(a -> a.presence().present())
                .skip(1)
                .findFirst()
                .orElseThrow();
        Attendance away =
                voting.stream().filter(a -> !a.presence().present()).findFirst().orElseThrow();
        Motion motion = new Motion(
                "<p>To adjourn</p>",
                null,
                null,
                VoteKind.ROLL_CALL,
                0,
                0,
                0,
                List.of(
                        new RollCallVote(chair.personId(), chair.name(), Vote.YES),
                        new RollCallVote(unmarked.personId(), unmarked.name(), null),
                        new RollCallVote(away.personId(), away.name(), Vote.NO),
                        new RollCallVote(Long.MAX_VALUE, null, Vote.YES)));
        MinutesDraft saved = as(
                SECRETARY,
                () -> minutes.saveDraft(
                        minutesId,
                        draft.version(),
                        new MinutesContent(
                                draft.content().attendance(),
                                List.of(new Item(null, "Adjournment", null, List.of(motion), List.of())),
                                null)));
        Motion kept = saved.content().items().getFirst().motions().getFirst();
        assertThat(kept.rollCall()).extracting(RollCallVote::vote).containsExactly(Vote.YES, null, Vote.NO, Vote.YES);
        assertThat(List.of(kept.yes(), kept.no(), kept.abstain()))
                .as("an unrecorded vote counts for nothing")
                .containsExactly(2, 1, 0);

        List<MinutesWarning> warnings = as(SECRETARY, () -> publishing.publishWarnings(minutesId));
        assertThat(warnings)
                .filteredOn(w -> w.messageKey().equals("minutes.warning.vote-not-recorded"))
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly("Adjournment", 1L));
        assertThat(warnings)
                .filteredOn(w -> w.messageKey().equals("minutes.warning.voter-not-present"))
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly("Adjournment", away.name() + ", —"));

        MinutesDraft submitted = as(SECRETARY, () -> minutes.submit(minutesId, saved.version()));
        MinutesDraft approved = as(CHAIR, () -> approval.approve(minutesId, submitted.version(), null));
        PublishedMinutes published = as(CHAIR, () -> publishing.publish(minutesId, approved.version(), true));
        assertThat(published.html())
                .contains(
                        "<strong>Not recorded</strong>: " + unmarked.name() + "<",
                        "<strong>Yes</strong>: " + chair.name() + ", —<")
                .doesNotContain("null");
    }

    @Test
    void membersWhoHaveNotAgreedToBeNamedAppearInPublicByTheirSeat() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes without consent");
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft draft = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
        long joseId = people.idOf("jose.martinez@example.org").orElseThrow();
        String jose = "José Luis Martínez";
        List<Attendance> attendance = draft.content().attendance().stream()
                .map(a -> new Attendance(
                        a.personId(), a.name(), a.role(), a.voting(), a.voting() ? Presence.PRESENT : a.presence()))
                .toList();
        assertThat(attendance).anySatisfy(a -> assertThat(a.personId()).isEqualTo(joseId));
        Motion motion = new Motion(
                "<p>To adopt the survey</p>",
                "Ms. Martinez",
                "Dana Whitfield",
                VoteKind.ROLL_CALL,
                0,
                0,
                0,
                List.of(
                        new RollCallVote(joseId, jose, Vote.YES),
                        new RollCallVote(people.idOf(CHAIR).orElseThrow(), "Dana Whitfield", Vote.YES)));
        Item item = new Item(
                null,
                "Parent survey",
                "<p>Mr. MARTÍNEZ presented the survey.</p>",
                List.of(motion),
                List.of(new ActionItem("Share the results", "martínez", null)));
        MinutesDraft saved = as(
                SECRETARY,
                () -> minutes.saveDraft(
                        minutesId, draft.version(), new MinutesContent(attendance, List.of(item), null)));

        assertThat(as(SECRETARY, () -> publishing.publishWarnings(minutesId)))
                .as("the secretary is told the notes name someone who did not consent")
                .filteredOn(w -> w.messageKey().equals("minutes.warning.unnamed-in-text"))
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly("Parent survey", jose));

        MinutesDraft submitted = as(SECRETARY, () -> minutes.submit(minutesId, saved.version()));
        MinutesDraft approved = as(CHAIR, () -> approval.approve(minutesId, submitted.version(), null));
        PublishedMinutes published = as(CHAIR, () -> publishing.publish(minutesId, approved.version(), true));
        String withheld = "Parent representative (name not published)";
        assertThat(published.html().replace("MARTÍNEZ presented", "").toLowerCase())
                .as("attendance, roll call, mover and owner")
                .doesNotContain("martínez", "martinez");
        assertThat(published.html())
                .contains(
                        "Moved by " + withheld + ", seconded by Dana Whitfield.",
                        "Share the results — " + withheld,
                        "<strong>Yes</strong>: " + withheld + ", Dana Whitfield<",
                        "Dana Whitfield (Parent representative)");
    }

    @Test
    void paragraphsTypedWithoutTagsStayParagraphsInTheMinutesAndTheTranslation() {
        long meetingId = meetingWithAgendaAndCheckIns("DAC minutes typed paragraphs");
        long minutesId = as(SECRETARY, () -> minutes.startDraft(meetingId));
        MinutesDraft draft = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
        Motion motion =
                new Motion("That DAC meet monthly.\nStarting in May.", null, null, VoteKind.COUNTS, 3, 0, 0, List.of());
        MinutesDraft saved = as(
                SECRETARY,
                () -> minutes.saveDraft(
                        minutesId,
                        draft.version(),
                        new MinutesContent(
                                draft.content().attendance(),
                                List.of(new Item(
                                        null,
                                        "Schedule",
                                        "The chair opened.\n\nCosts < 5% & falling.\nNo objections.",
                                        List.of(motion),
                                        List.of())),
                                "One resident spoke.\n\nAnother wrote in.")));
        Item item = saved.content().items().getFirst();
        assertThat(item.notesHtml())
                .isEqualTo("<p>The chair opened.</p><p>Costs &lt; 5% &amp; falling.<br />No objections.</p>");
        assertThat(item.motions().getFirst().textHtml())
                .isEqualTo("<p>That DAC meet monthly.<br />Starting in May.</p>");
        assertThat(saved.content().publicCommentHtml()).isEqualTo("<p>One resident spoke.</p><p>Another wrote in.</p>");

        MinutesDraft submitted = as(SECRETARY, () -> minutes.submit(minutesId, saved.version()));
        MinutesDraft approved = as(CHAIR, () -> approval.approve(minutesId, submitted.version(), null));
        as(CHAIR, () -> publishing.publish(minutesId, approved.version(), true));
        as(
                SECRETARY,
                () -> minutesTranslations.addTranslation(minutesId, "es", "El presidente abrió.\n\nSin objeciones."));
        assertThat(archive.translation(minutesId, "es").orElseThrow().html())
                .contains("<p>El presidente abrió.</p><p>Sin objeciones.</p>");
    }

    @Test
    void headingsTypedIntoTheMinutesNeverOutrankTheRenderersOwn() {
        Motion motion = new Motion(
                "<h3>Resolved</h3><p>That DAC meet monthly.</p>", null, null, VoteKind.COUNTS, 3, 0, 0, List.of());
        MinutesContent content = new MinutesContent(
                List.of(),
                List.of(new Item(
                        null,
                        "Schedule",
                        "<h1>Summary</h1><p>Discussed.</p><h4 lang=\"es\">Resumen</h4>",
                        List.of(motion),
                        List.of())),
                "<h2>Comments</h2>");
        String html = renderer.render(
                        content,
                        new MinutesFacts("DAC", "Meeting", null, ZoneId.of("UTC"), null, 1, null, null, null),
                        Locale.ENGLISH)
                .html();
        assertThat(html)
                .contains(
                        "<p><strong>Summary</strong></p>",
                        "<p lang=\"es\"><strong>Resumen</strong></p>",
                        "<p><strong>Resolved</strong></p>",
                        "<p><strong>Comments</strong></p>")
                .doesNotContain("<h1", "<h4")
                .doesNotContain("<h2>Comments", "<h3>Resolved");
    }

    @Test
    void theDemoHasSeveralPublishedMinutesOneInSpanish() {
        List<PublishedMinutes> all = archive.allCurrent();
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all)
                .anySatisfy(m -> assertThat(m.translations())
                        .extracting(PublishedMinutes.TranslationInfo::language)
                        .contains("es"));
        assertThat(all).allSatisfy(m -> assertThat(m.html()).contains("Quorum: "));
    }

    static MinutesContent replaceSeconder(MinutesContent content, String seconder) {
        Item item = content.items().getFirst();
        Motion m = item.motions().getFirst();
        Motion corrected =
                new Motion(m.textHtml(), m.mover(), seconder, m.voteKind(), m.yes(), m.no(), m.abstain(), m.rollCall());
        return new MinutesContent(
                content.attendance(),
                List.of(new Item(
                        item.agendaItemId(), item.title(), item.notesHtml(), List.of(corrected), item.actions())),
                content.publicCommentHtml());
    }
}
