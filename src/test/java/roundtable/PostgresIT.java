package roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import roundtable.attendance.CapacityService;
import roundtable.attendance.GuestRsvpChanges;
import roundtable.attendance.GuestRsvps;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpState;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.Attendee;
import roundtable.attendance.checkin.CheckInOutcome;
import roundtable.attendance.checkin.CheckInService;
import roundtable.attendance.checkin.CheckInSheets;
import roundtable.attendance.checkin.Quorum;
import roundtable.audit.AuditService;
import roundtable.backup.PostgresBackupRoundTrip;
import roundtable.base.i18n.Language;
import roundtable.base.security.SignedLinks;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodyKind;
import roundtable.committees.CommitteeService;
import roundtable.committees.NewBody;
import roundtable.committees.Position;
import roundtable.committees.RosterReader;
import roundtable.committees.RosterService;
import roundtable.committees.SeatAssignment;
import roundtable.committees.SeatGroupData;
import roundtable.languageservices.InterpreterData;
import roundtable.languageservices.InterpreterKind;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.RosterFilter;
import roundtable.languageservices.WorkingMode;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingSeriesPlanning;
import roundtable.meetings.MeetingService;
import roundtable.meetings.Recurrence;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesHit;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesQuery;
import roundtable.minutes.MinutesSearch;
import roundtable.notifications.EmailStatus;
import roundtable.notifications.OutboxTestSupport;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;

/**
 * Migrates a real PostgreSQL database from empty and round-trips data through the services.
 * Runs whenever PostgreSQL is reachable; in CI (CI set) it must be, or the test fails.
 * Each run uses a schema of its own and drops it afterwards.
 */
@DisabledIfSystemProperty(
        named = "roundtable.it.execution",
        matches = "journeys",
        disabledReason = "runs in the servers execution, one at a time on the one test database")
@SpringBootTest(
        properties = {"roundtable.mail.poll-interval=PT1H", "roundtable.storage.attachments-dir=target/pg-attachments"})
@ActiveProfiles("postgres")
@Import(TestMailServer.class)
class PostgresIT {

    static final String URL = env("TEST_PG_URL", "jdbc:postgresql://localhost:5432/roundtable_test");
    static final String USER = env("TEST_PG_USER", "roundtable");
    static final String PASSWORD = env("TEST_PG_PASSWORD", "roundtable");
    static final String SCHEMA = "it_" + Long.toString(System.currentTimeMillis(), 36);

    @Autowired
    PersonService people;

    @Autowired
    PersonEditor personEditor;

    @Autowired
    CommitteeService committees;

    @Autowired
    BodyEditor bodyEditor;

    @Autowired
    RosterReader rosters;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingSeriesPlanning seriesPlanning;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RosterService roster;

    @Autowired
    AuditService audit;

    @BeforeAll
    static void requirePostgres() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            assertThat(c.isValid(2)).isTrue();
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("PostgreSQL must be reachable in CI at " + URL, e);
            }
            assumeTrue(false, "PostgreSQL not reachable at " + URL + ": " + e.getMessage());
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            // Nothing to drop when PostgreSQL was never reachable.
        }
    }

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesArchive archive;

    @Autowired
    MinutesPublishing publishing;

    @Autowired
    MinutesApproval approval;

    @Autowired
    MinutesSearch search;

    @Test
    @WithMockUser(roles = "ADMIN")
    void minutesArePublishedAndFoundBySearchOnPostgres() {
        long body = bodyEditor.createBody(new NewBody(
                "Comité de actas",
                "CA",
                "actas-" + SCHEMA.replace('_', '-'),
                BodyKind.ADVISORY_COMMITTEE,
                null,
                true,
                null,
                List.of("es")));
        long meeting = planning.scheduleMeeting(new MeetingData(
                body,
                "Reunión del presupuesto",
                LocalDateTime.of(2026, 10, 6, 18, 30),
                ZoneId.of("America/Denver"),
                90,
                MeetingFormat.IN_PERSON,
                "Biblioteca",
                null,
                true,
                List.of("es"),
                null));
        long id = minutes.startDraft(meeting);
        var draft = minutes.draftOf(meeting).orElseThrow();
        var content = new MinutesContent(
                draft.content().attendance(),
                List.of(new MinutesContent.Item(
                        null, "Presupuesto", "<p>The committee reviewed the mill levy.</p>", List.of(), List.of())),
                null);
        var saved = minutes.saveDraft(id, draft.version(), content);
        var submitted = minutes.submit(id, saved.version());
        var approved = approval.approve(id, submitted.version(), null);
        var published = publishing.publish(id, approved.version(), true);

        assertThat(published.number()).isEqualTo(1);
        assertThat(archive.published(id, null))
                .hasValueSatisfying(p -> assertThat(p.html()).contains("mill levy"));
        assertThat(search.find(new MinutesQuery("levy", body, null, null, Language.ENGLISH), 0, 10))
                .extracting(MinutesHit::minutesId)
                .containsExactly(id);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    GreenMail greenMail;

    @Test
    void threeServersOnOnePostgresSendEveryEmailExactlyOnce() {
        String domain = "pg-" + SCHEMA.replace('_', '-') + ".example.org";
        OutboxTestSupport.queue(context, domain, 300);
        // Three servers claim from the same table at once (FOR UPDATE SKIP LOCKED), as three app instances would.
        try (var a = OutboxTestSupport.startSender(context, Duration.ofMillis(200));
                var b = OutboxTestSupport.startSender(context, Duration.ofMillis(200));
                var c = OutboxTestSupport.startSender(context, Duration.ofMillis(200))) {
            OutboxTestSupport.await(
                    "all sent",
                    Duration.ofSeconds(90),
                    () -> OutboxTestSupport.count(jdbc, domain, EmailStatus.SENT) == 300);
        }
        assertThat(OutboxTestSupport.Received.at(greenMail, domain))
                .isEqualTo(new OutboxTestSupport.Received(300, 300, 300));
    }

    @Test
    void everyMigrationRanOnPostgres() {
        List<String> versions = jdbc.queryForList(
                "select version from " + SCHEMA + ".flyway_schema_history where success order by installed_rank",
                String.class);
        assertThat(versions).contains("1", "2", "4", "6");
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
                .isGreaterThanOrEqualTo(130000);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void dataRoundTripsWithAccentsLocalTimesAndVersions() {
        long person = personEditor.registerPerson(
                PersonData.of("María José Núñez", "Maria.Nunez@Example.org", Language.SPANISH)
                        .withAffiliation("Madre de familia, Molholm Elementary"));
        long body = bodyEditor.createBody(new NewBody(
                "Comité de prueba",
                "CP",
                "comite-prueba-" + SCHEMA.replace('_', '-'),
                BodyKind.ADVISORY_COMMITTEE,
                "<p>Descripción <script>x</script></p>",
                true,
                null,
                List.of("es", "ase")));
        long seats = bodyEditor.addSeatGroup(body, new SeatGroupData("Padres", 3, true, 24, null));
        roster.fillSeat(body, new SeatAssignment(seats, person, null, Position.CHAIR, LocalDate.of(2026, 1, 5), null));
        LocalDateTime sevenPm = LocalDateTime.of(2026, 11, 3, 19, 0);
        long meeting = planning.scheduleMeeting(new MeetingData(
                body,
                "Reunión de noviembre",
                sevenPm,
                ZoneId.of("America/Denver"),
                90,
                new MeetingPlace(
                        MeetingFormat.HYBRID,
                        "Biblioteca",
                        "Sala 2",
                        "Entrada sin escalones",
                        "https://meet.example.org/cp",
                        null,
                        List.of("es")),
                true,
                null));

        var recipient = people.recipient("maria.nunez@example.org").orElseThrow();
        assertThat(recipient.fullName()).isEqualTo("María José Núñez");
        assertThat(recipient.language()).isEqualTo(Language.SPANISH);

        var saved = committees.find(body).orElseThrow();
        assertThat(saved.descriptionHtml()).isEqualTo("<p>Descripción </p>");
        assertThat(saved.languagesOffered()).containsExactly("es", "ase");
        assertThat(rosters.memberRoster(body)
                        .constituencies()
                        .getFirst()
                        .members()
                        .getFirst()
                        .termEnd())
                .isEqualTo(LocalDate.of(2028, 1, 4));

        var read = meetings.find(meeting).orElseThrow();
        assertThat(read.startsAtLocal()).isEqualTo(sevenPm);
        assertThat(read.startsAt().getHour()).isEqualTo(19);
        assertThat(read.zone()).isEqualTo(ZoneId.of("America/Denver"));
        assertThat(read.room()).isEqualTo("Sala 2");

        // A series is materialised as meetings whose local time survives the clock change on PostgreSQL too.
        var series = seriesPlanning.scheduleSeries(
                read.data().startingAt(LocalDateTime.of(2026, 10, 27, 19, 0)),
                new Recurrence(Recurrence.Pattern.WEEKLY, 1, null, 2));
        assertThat(series.meetingIds()).hasSize(2);
        assertThat(meetings.find(series.meetingIds().get(1)).orElseThrow().startsAtLocal())
                .isEqualTo(LocalDateTime.of(2026, 11, 3, 19, 0));
        planning.cancelMeeting(meeting, read.version(), "Sin cuórum");
        assertThat(meetings.find(meeting).orElseThrow().sequence()).isEqualTo(1);

        var updated = bodyEditor.describeBody(body, saved.version(), "<p>Nueva</p>");
        assertThat(updated.version()).isEqualTo(saved.version() + 1);

        // The roster's one-statement queries (counts, requirement checks, paging) run on PostgreSQL too.
        var overview = roster.overview(body);
        assertThat(overview.seatGroups()).singleElement().satisfies(g -> {
            assertThat(g.filled()).isEqualTo(1);
            assertThat(g.vacancies()).isEqualTo(2);
        });
        assertThat(roster.members(body, null, 0, 10))
                .singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo("María José Núñez"));
        assertThat(roster.candidates(body, "núñez", 0, 10))
                .singleElement()
                .satisfies(p -> assertThat(p.maskedEmail()).isEqualTo("m…z@example.org"));
        assertThat(audit.search("seat filled", 0, 10)).isNotEmpty();
        assertThat(people.search("maría", 0, 10)).hasSize(1);

        personEditor.anonymisePerson(person);
        assertThat(people.contacts(List.of(person)).get(person).anonymised()).isTrue();
        assertThat(rosters.memberRoster(body)
                        .constituencies()
                        .getFirst()
                        .members()
                        .getFirst()
                        .formerMember())
                .isTrue();
    }

    @Autowired
    MemberRsvps attendance;

    @Autowired
    CapacityService capacity;

    @Autowired
    GuestRsvpChanges guestChanges;

    @Autowired
    GuestRsvps guests;

    @Autowired
    SignedLinks links;

    /** The capacity row lock (and its first creation) on PostgreSQL: two guests confirm for the last place at once. */
    @Test
    @WithMockUser(roles = "ADMIN")
    void twoGuestsTakingTheLastPlaceAtOnceGetOnePlaceOnPostgres() throws Exception {
        long body = bodyEditor.createBody(new NewBody(
                "Alianza de prueba",
                "AP",
                "alianza-" + SCHEMA.replace('_', '-'),
                BodyKind.OPEN_ALLIANCE,
                null,
                true,
                null,
                List.of("es")));
        LocalDateTime start = LocalDateTime.now(ZoneId.of("America/Denver"))
                .plusDays(20)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        long meeting = planning.scheduleMeeting(new MeetingData(
                body,
                "Encuentro",
                start,
                ZoneId.of("America/Denver"),
                90,
                MeetingFormat.IN_PERSON,
                "Biblioteca",
                null,
                true,
                List.of("es"),
                null));
        capacity.setCapacity(meeting, 1);
        for (int i = 1; i <= 2; i++) {
            guests.guestRsvp(
                    meeting,
                    "Invitada " + i,
                    "invitada" + i + "@example.net",
                    Language.SPANISH,
                    Response.IN_PERSON,
                    null,
                    "203.0.113." + i);
        }
        List<String> tokens = jdbc.query(
                "select id, nonce from rsvp where meeting_id = ? order by id",
                (rs, n) -> links.sign(
                        "rsvp-confirm",
                        rs.getLong(1),
                        rs.getString(2),
                        Instant.now().plus(Duration.ofDays(1))),
                meeting);
        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var results = tokens.stream()
                    .map(t -> pool.submit(() -> {
                        ready.await();
                        return guestChanges.confirmGuest(t).state();
                    }))
                    .toList();
            ready.countDown();
            assertThat(List.of(results.get(0).get(), results.get(1).get()))
                    .containsExactlyInAnyOrder(RsvpState.CONFIRMED, RsvpState.WAITLISTED);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * ops/backup-postgres.sh (pg_dump -Fc) of this run's schema, with what the tests here wrote, restored by
     * ops/restore-postgres.sh into a new empty database, has every row of every table (Flyway's history too).
     */
    @Test
    @WithMockUser(roles = "ADMIN")
    void aBackupRestoredIntoAnEmptyDatabaseHasEveryRowOnPostgres(@TempDir Path dir) throws Exception {
        long body = bodyEditor.createBody(new NewBody(
                "Comité de respaldo",
                "CR",
                "respaldo-" + SCHEMA.replace('_', '-'),
                BodyKind.ADVISORY_COMMITTEE,
                "<p>Copia de seguridad</p>",
                true,
                null,
                List.of("es")));
        planning.scheduleMeeting(new MeetingData(
                body,
                "Reunión de respaldo",
                LocalDateTime.of(2026, 12, 1, 18, 0),
                ZoneId.of("America/Denver"),
                60,
                MeetingFormat.ONLINE,
                null,
                "https://meet.example.org/cr",
                true,
                List.of("es"),
                null));
        var tables = new PostgresBackupRoundTrip(URL, USER, PASSWORD, SCHEMA).backUpAndRestore(dir);
        assertThat(tables).containsKeys("flyway_schema_history", "body", "meeting", "event_publication");
        assertThat(tables.get("meeting").rows()).isPositive();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Autowired
    InterpreterRoster interpreters;

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void theInterpreterRosterFiltersByWholeLanguageTagOnPostgres() {
        var inPerson = Set.of(WorkingMode.IN_PERSON);
        long asl = interpreters.addInterpreter(new InterpreterData(
                "Señas Ávila", Set.of("ase"), inPerson, null, null, InterpreterKind.STAFF, null, null));
        assertThat(interpreters.availableFor("ase", WorkingMode.IN_PERSON))
                .extracting(i -> i.id())
                .containsExactly(asl);
        assertThat(interpreters.count(new RosterFilter("es", null, true))).isZero();
    }

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInSheets sheets;

    /**
     * Two secretaries check the same member in at once: on PostgreSQL a failed insert spoils its whole
     * transaction, so the loser's must be its own and the outcome still harmless.
     */
    @Test
    @WithMockUser(roles = "ADMIN")
    void twoSecretariesCheckingTheSameMemberInAtOnceCheckHerInOnceOnPostgres() throws Exception {
        long person = personEditor.registerPerson(
                PersonData.of("Lucía Quintero", "lucia.quintero@example.org", Language.SPANISH));
        long body = bodyEditor.createBody(new NewBody(
                "Comité de asistencia",
                "CA",
                "asistencia-" + SCHEMA.replace('_', '-'),
                BodyKind.ADVISORY_COMMITTEE,
                null,
                true,
                null,
                List.of("es")));
        long seats = bodyEditor.addSeatGroup(body, new SeatGroupData("Padres", 3, true, 24, null));
        roster.fillSeat(
                body,
                new SeatAssignment(
                        seats,
                        person,
                        null,
                        Position.MEMBER,
                        LocalDate.now(ZoneId.of("America/Denver")).minusDays(1),
                        null));
        long meeting = planning.scheduleMeeting(new MeetingData(
                body,
                "Reunión en curso",
                LocalDateTime.now(ZoneId.of("America/Denver"))
                        .minusMinutes(30)
                        .withSecond(0)
                        .withNano(0),
                ZoneId.of("America/Denver"),
                90,
                MeetingFormat.IN_PERSON,
                "Biblioteca",
                null,
                false,
                List.of(),
                null));
        var signedIn = SecurityContextHolder.getContext();
        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var taps = IntStream.range(0, 2)
                    .mapToObj(i -> pool.submit(() -> {
                        SecurityContextHolder.setContext(signedIn);
                        ready.await();
                        return checkIns.checkIn(meeting, Attendee.person(person), AttendanceMode.IN_PERSON);
                    }))
                    .toList();
            ready.countDown();
            assertThat(List.of(taps.get(0).get(), taps.get(1).get()))
                    .containsExactlyInAnyOrder(CheckInOutcome.DONE, CheckInOutcome.ALREADY_SO);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sheets.attendanceOf(meeting).headcount().quorum()).isEqualTo(new Quorum(1, 1, 1));
    }
}
