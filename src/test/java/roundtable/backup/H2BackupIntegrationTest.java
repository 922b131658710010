package roundtable.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.tools.Restore;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.IntegrationTest;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.CapacityService;
import roundtable.attendance.GuestRsvps;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.base.i18n.Language;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodyKind;
import roundtable.committees.CommitteeService;
import roundtable.committees.NewBody;
import roundtable.meetings.AgendaFixtures;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaService;
import roundtable.meetings.AttachmentService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingSeriesPlanning;
import roundtable.meetings.MeetingService;
import roundtable.meetings.Recurrence;
import roundtable.notifications.NotificationService;
import roundtable.scheduling.PollProposal;
import roundtable.scheduling.SchedulingService;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.SubscriptionRequests;

/**
 * The H2 backup of ops/backup-h2.sh (H2's SCRIPT TO … COMPRESSION ZIP), restored as
 * ops/restore-h2.sh does (RUNSCRIPT into a new, empty database file), holds every row of every
 * table — the demo data and whatever the other tests of this shared context added — and the app's
 * migrations accept the restored schema as their own. Also H2's online BACKUP TO: the copy it
 * writes opens as the same database.
 */
@IntegrationTest
class H2BackupIntegrationTest {

    static final String SOURCE = "jdbc:h2:mem:roundtable-it";
    static final String SCHEMA = "PUBLIC";
    static final ZoneId DENVER = ZoneId.of("America/Denver");
    /** Tables the demo data and {@link #everyFeatureHasData()} certainly fill, so the comparison is not of empty tables. */
    static final Set<String> FILLED = Set.of(
            "flyway_schema_history",
            "person",
            "body",
            "seat_group",
            "membership",
            "meeting",
            "meeting_series",
            "agenda_item",
            "attachment",
            "minutes",
            "minutes_version",
            "interpreter",
            "rsvp",
            "meeting_capacity",
            "availability_poll",
            "poll_candidate",
            "poll_invitee",
            "subscription",
            "outbound_email",
            "signing_key",
            "audit_event");

    @Autowired
    DataSource app;

    @TempDir
    Path dir;

    @Autowired
    UserDetailsService users;

    @Autowired
    CommitteeService committees;

    @Autowired
    BodyEditor bodyEditor;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingSeriesPlanning seriesPlanning;

    @Autowired
    AgendaService agenda;

    @Autowired
    AttachmentService attachments;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    CapacityService capacity;

    @Autowired
    GuestRsvps guests;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    SubscriptionRequests requests;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /**
     * Beyond the demo data: a body with a series of meetings, an agenda with a paper, a capacity and a
     * guest's RSVP, a "find a time" poll and a follower, so the tables of each feature have rows, and the
     * emails and events they cause.
     */
    @BeforeEach
    void everyFeatureHasData() {
        String tag = Long.toString(System.nanoTime(), 36);
        RunAs.as(users, "admin@example.org", () -> {
            long body = bodyEditor.createBody(new NewBody(
                    "Backup committee " + tag,
                    "BK",
                    "backup-" + tag,
                    BodyKind.ADVISORY_COMMITTEE,
                    "<p>Kept in every backup</p>",
                    true,
                    null,
                    List.of("es")));
            LocalDateTime start = LocalDateTime.now(clock.withZone(DENVER))
                    .toLocalDate()
                    .plusDays(30)
                    .atTime(18, 0);
            var series = seriesPlanning.scheduleSeries(
                    new MeetingData(
                            body,
                            "Backup meeting",
                            start,
                            DENVER,
                            60,
                            MeetingFormat.IN_PERSON,
                            "Education Center",
                            null,
                            true,
                            List.of("es"),
                            null),
                    new Recurrence(Recurrence.Pattern.WEEKLY, 1, null, 2));
            long meeting = series.meetingIds().getFirst();
            long item = agenda.addAgendaItem(meeting, new AgendaItemData("Budget", null, 20, "<p>Papers</p>", true));
            attachments.attach(
                    item, "budget.pdf", new ByteArrayInputStream(AgendaFixtures.PDF), AgendaFixtures.PDF.length);
            capacity.setCapacity(meeting, 40);
            guests.guestRsvp(
                    meeting,
                    "Guest " + tag,
                    "guest-" + tag + "@backup.example.net",
                    Language.SPANISH,
                    Response.IN_PERSON,
                    new AccessNeeds("es", InterpretationMode.IN_PERSON, null, Set.of(), null, 2, "4 and 7", false),
                    "203.0.113.9");
            scheduling.proposeTimes(
                    body,
                    new PollProposal(
                            "Backup workshop",
                            60,
                            new MeetingPlace(MeetingFormat.ONLINE, null, "https://meet.example.org/backup", List.of()),
                            true,
                            List.of(start.plusDays(3), start.plusDays(4)),
                            Set.of(),
                            List.of("poll-" + tag + "@backup.example.net"),
                            start.plusDays(1)));
            requests.request(
                    body,
                    "follower-" + tag + "@backup.example.net",
                    Language.ENGLISH,
                    EnumSet.of(Category.MINUTES),
                    "203.0.113.10");
        });
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
    }

    @Test
    void aScriptBackupRestoredIntoAnEmptyDatabaseHasEveryRowOfEveryTable() throws Exception {
        Path backup = dir.resolve("database.zip");
        Map<String, TableContents.Table> before = backUpQuietly(() -> Script.main(
                "-url",
                SOURCE,
                "-user",
                "sa",
                "-password",
                "",
                "-script",
                backup.toString(),
                "-options",
                "compression",
                "zip"));

        String restored = "jdbc:h2:file:" + dir.resolve("restored/roundtable");
        assertThat(dir.resolve("restored/roundtable.mv.db")).doesNotExist();
        RunScript.main(
                "-url",
                restored,
                "-user",
                "sa",
                "-password",
                "",
                "-script",
                backup.toString(),
                "-options",
                "compression",
                "zip");

        Map<String, TableContents.Table> after = contentsOf(restored);
        assertThat(after).isEqualTo(before);
        assertThat(after).hasSizeGreaterThan(30);
        assertThat(after)
                .as("tables with rows")
                .allSatisfy((table, contents) -> {
                    if (FILLED.contains(table)) {
                        assertThat(contents.rows()).as(table).isPositive();
                    }
                })
                .containsKeys(FILLED.toArray(String[]::new));
        assertThat(after.values().stream().mapToLong(TableContents.Table::rows).sum())
                .isGreaterThan(100);
        assertMigrationsAcceptIt(restored);
        System.out.printf(
                "H2 backup: %d tables, %d rows, %d bytes; restored every row; empty here: %s%n",
                after.size(),
                after.values().stream().mapToLong(TableContents.Table::rows).sum(),
                Files.size(backup),
                after.entrySet().stream()
                        .filter(t -> t.getValue().rows() == 0)
                        .map(Map.Entry::getKey)
                        .toList());
    }

    /**
     * BACKUP TO copies a database file while it is in use, as one consistent moment; H2's Restore tool
     * unpacks it. It needs a file database, so the app's is first copied into one.
     */
    @Test
    void anOnlineBackupToCopyOpensAsTheSameDatabase() throws Exception {
        Path script = dir.resolve("seed.zip");
        backUpQuietly(() -> Script.main(
                "-url",
                SOURCE,
                "-user",
                "sa",
                "-password",
                "",
                "-script",
                script.toString(),
                "-options",
                "compression",
                "zip"));
        String live = "jdbc:h2:file:" + dir.resolve("live/roundtable");
        RunScript.main(
                "-url",
                live,
                "-user",
                "sa",
                "-password",
                "",
                "-script",
                script.toString(),
                "-options",
                "compression",
                "zip");

        Path copy = dir.resolve("copy.zip");
        Map<String, TableContents.Table> original;
        try (Connection c = DriverManager.getConnection(live, "sa", "")) {
            original = TableContents.of(c, SCHEMA);
            c.createStatement().execute("BACKUP TO '" + copy + "'");
        }
        Restore.execute(copy.toString(), dir.resolve("restored").toString(), "roundtable");

        String restored = "jdbc:h2:file:" + dir.resolve("restored/roundtable");
        assertThat(contentsOf(restored)).isEqualTo(original);
        assertMigrationsAcceptIt(restored);
    }

    /** The backup and the contents it is compared with are of one moment: background work (mail, events) may write meanwhile. */
    private Map<String, TableContents.Table> backUpQuietly(SqlAction backup) throws Exception {
        for (int attempt = 1; ; attempt++) {
            var before = contentsOf(SOURCE);
            backup.run();
            var after = contentsOf(SOURCE);
            if (before.equals(after) || attempt == 5) {
                assertThat(after)
                        .as("the database kept changing during the backup")
                        .isEqualTo(before);
                return after;
            }
        }
    }

    private static Map<String, TableContents.Table> contentsOf(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return TableContents.of(c, SCHEMA);
        }
    }

    private static void assertMigrationsAcceptIt(String url) {
        var flyway = Flyway.configure().dataSource(url, "sa", "").load();
        flyway.validate();
        assertThat(flyway.info().pending()).isEmpty();
    }

    interface SqlAction {
        void run() throws Exception;
    }
}
