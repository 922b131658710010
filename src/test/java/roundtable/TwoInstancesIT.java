package roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import roundtable.attendance.GuestRsvpChanges;
import roundtable.attendance.GuestRsvps;
import roundtable.attendance.Response;
import roundtable.base.i18n.Language;
import roundtable.base.security.AttemptLimiter;
import roundtable.base.security.AttemptLimits;
import roundtable.base.security.SignInLinkService;
import roundtable.base.security.SignedLinks;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodyKind;
import roundtable.committees.NewBody;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesHit;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesQuery;
import roundtable.minutes.MinutesSearch;

/**
 * Two Roundtable servers on one PostgreSQL database, each on a port of its own, as behind a load
 * balancer: what one writes the other shows (no cache of its own hides it), a rate limit counted on
 * one refuses on the other, and scheduled work runs once however many servers run it. Each run uses a
 * schema of its own and drops it afterwards; in CI (CI set) PostgreSQL must be reachable.
 */
@DisabledIfSystemProperty(
        named = "roundtable.it.execution",
        matches = "journeys",
        disabledReason = "runs in the servers execution, one at a time on the one test database")
class TwoInstancesIT {

    static final String SCHEMA = "two_" + Long.toString(System.currentTimeMillis(), 36);
    static final ZoneId DENVER = ZoneId.of("America/Denver");

    static GreenMail mail;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoServers() {
        try (Connection c = DriverManager.getConnection(PostgresIT.URL, PostgresIT.USER, PostgresIT.PASSWORD)) {
            assertThat(c.isValid(2)).isTrue();
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("PostgreSQL must be reachable in CI at " + PostgresIT.URL, e);
            }
            assumeTrue(false, "PostgreSQL not reachable at " + PostgresIT.URL + ": " + e.getMessage());
        }
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        long started = System.nanoTime();
        a = start("A");
        b = start("B");
        System.out.printf(
                "TwoInstancesIT: two servers started in %.1f s (ports %s and %s)%n",
                (System.nanoTime() - started) / 1e9, port(a), port(b));
    }

    static ConfigurableApplicationContext start(String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put(
                "spring.datasource.url",
                PostgresIT.URL + (PostgresIT.URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        properties.put("spring.datasource.username", PostgresIT.USER);
        properties.put("spring.datasource.password", PostgresIT.PASSWORD);
        properties.put("spring.flyway.schemas", SCHEMA);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(mail.getSmtp().getPort()));
        // Every server signs with the same key, as docs/operations.md asks of several servers.
        properties.put("roundtable.signing-key", "two-instances-test-signing-key-0123456789");
        properties.put("roundtable.instance-name", name);
        properties.put("roundtable.storage.attachments-dir", "target/two-instances-attachments");
        properties.put("roundtable.mail.poll-interval", "PT0.2S");
        // Both servers look for due reminders every second and run the nightly retention every second:
        // what they would do in a day happens many times over in the test.
        properties.put("roundtable.reminders.interval", "PT1S");
        properties.put("roundtable.reminders.offsets", "PT2H");
        properties.put("roundtable.attendance.retention-cron", "* * * * * *");
        properties.put("spring.main.banner-mode", "off");
        // As command-line arguments: they outrank application-postgres.properties, as a server's settings would.
        return new SpringApplicationBuilder(RoundtableApplication.class, TestClock.Config.class)
                .profiles("postgres")
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    @AfterAll
    static void stopTwoServers() throws SQLException {
        for (ConfigurableApplicationContext server : Arrays.asList(b, a)) {
            if (server != null) {
                server.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        try (Connection c = DriverManager.getConnection(PostgresIT.URL, PostgresIT.USER, PostgresIT.PASSWORD)) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            // Nothing to drop when PostgreSQL was never reachable.
        }
    }

    /** Each server's own holder: Vaadin gives each application a security context strategy of its own. */
    static List<SecurityContextHolderStrategy> holders() {
        return Stream.of(a, b)
                .map(server -> server.getBeanProvider(SecurityContextHolderStrategy.class)
                        .getIfAvailable(SecurityContextHolder::getContextHolderStrategy))
                .toList();
    }

    @BeforeEach
    void asAdministrator() {
        var admin = new UsernamePasswordAuthenticationToken(
                "admin", "n/a", AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        holders().forEach(holder -> holder.getContext().setAuthentication(admin));
    }

    @AfterEach
    void signOut() {
        holders().forEach(SecurityContextHolderStrategy::clearContext);
    }

    @Test
    void aMeetingChangedOnOneServerIsWhatTheOthersFeedShows() throws Exception {
        long body = body("Feed Committee", "feed");
        LocalDateTime start = LocalDateTime.now(DENVER)
                .plusDays(10)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        long meeting = planning(a).scheduleMeeting(meeting(body, "Budget hearing", start));
        String feed = "/feeds/committees/feed-" + SCHEMA.replace('_', '-') + ".ics";
        assertThat(get(b, feed)).contains("SUMMARY:X: Budget hearing\r\n", "SEQUENCE:0");

        long version = meetings(a).find(meeting).orElseThrow().version();
        planning(a).updateMeeting(meeting, version, meeting(body, "Budget hearing (moved)", start.plusDays(1)));
        assertThat(get(b, feed))
                .contains("SUMMARY:X: Budget hearing (moved)", "SEQUENCE:1")
                .doesNotContain("SUMMARY:X: Budget hearing\r\n");
        assertThat(meetings(b).find(meeting).orElseThrow().title()).isEqualTo("Budget hearing (moved)");
    }

    @Test
    void minutesPublishedOnOneServerAreFoundAndServedByTheOther() throws Exception {
        long body = body("Minutes Committee", "minutes");
        MinutesDrafting minutes = a.getBean(MinutesDrafting.class);
        MinutesApproval approval = a.getBean(MinutesApproval.class);
        MinutesPublishing publishing = a.getBean(MinutesPublishing.class);
        long meeting = planning(a)
                .scheduleMeeting(meeting(
                        body,
                        "Levy review",
                        LocalDateTime.now(DENVER)
                                .minusDays(2)
                                .withHour(18)
                                .withMinute(0)
                                .withSecond(0)
                                .withNano(0)));
        long id = minutes.startDraft(meeting);
        var draft = minutes.draftOf(meeting).orElseThrow();
        var saved = minutes.saveDraft(
                id,
                draft.version(),
                new MinutesContent(
                        draft.content().attendance(),
                        List.of(new MinutesContent.Item(
                                null,
                                "Levy",
                                "<p>The committee weighed the quarantined levy.</p>",
                                List.of(),
                                List.of())),
                        null));
        var submitted = minutes.submit(id, saved.version());
        var approved = approval.approve(id, submitted.version(), null);

        // B has read (and indexed) the archive before A publishes: it must not keep showing that.
        MinutesSearch searchOnB = b.getBean(MinutesSearch.class);
        var query = new MinutesQuery("quarantined", body, null, null, Language.ENGLISH);
        assertThat(searchOnB.find(query, 0, 10)).isEmpty();
        publishing.publish(id, approved.version(), true);

        assertThat(searchOnB.find(query, 0, 10))
                .extracting(MinutesHit::minutesId)
                .containsExactly(id);
        assertThat(get(b, "/public/minutes/" + id)).contains("quarantined levy");
    }

    @Test
    void aSignInLinkLimitCountedOnOneServerRefusesOnTheOther() {
        String address = "two.servers@example.org";
        for (int i = 0; i < 3; i++) {
            assertThat(a.getBean(SignInLinkService.class).requestLink(address, "198.51.100." + i))
                    .isEqualTo(SignInLinkService.Outcome.SENT_IF_KNOWN);
        }
        assertThat(b.getBean(SignInLinkService.class).requestLink(address, "198.51.100.9"))
                .isEqualTo(SignInLinkService.Outcome.TRY_LATER);

        // What counting an attempt in PostgreSQL costs (a new bucket's first attempt inserts its row).
        AttemptLimiter limiter = a.getBean(AttemptLimits.class).limiter("it.timing", 1000, Duration.ofMinutes(1));
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            assertThat(limiter.tryAcquire("key-" + (i % 20))).isTrue();
        }
        System.out.printf(
                "TwoInstancesIT: one rate-limited attempt counted in PostgreSQL takes %.2f ms%n",
                (System.nanoTime() - started) / 1e6 / 200);
    }

    @Test
    void eachReminderIsSentOnceThoughBothServersLookEverySecond() throws Exception {
        long body = body("Reminder Alliance", "reminders");
        LocalDateTime start =
                LocalDateTime.now(DENVER).plusHours(3).withSecond(0).withNano(0);
        long meeting = planning(a).scheduleMeeting(meeting(body, "Family night", start));
        GuestRsvps guestRsvps = a.getBean(GuestRsvps.class);
        GuestRsvpChanges guestChanges = a.getBean(GuestRsvpChanges.class);
        List<String> guests = List.of("guest.one@example.net", "guest.two@example.net");
        for (String guest : guests) {
            guestRsvps.guestRsvp(meeting, "Guest", guest, Language.ENGLISH, Response.IN_PERSON, null, "203.0.113.7");
        }
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        SignedLinks links = a.getBean(SignedLinks.class);
        jdbc.query(
                        "select id, nonce from rsvp where meeting_id = ?",
                        (rs, n) -> links.sign(
                                "rsvp-confirm",
                                rs.getLong(1),
                                rs.getString(2),
                                Instant.now().plus(Duration.ofDays(1))),
                        meeting)
                .forEach(guestChanges::confirmGuest);

        // An hour and a minute later on both servers' clocks, the two-hour reminder is due.
        a.getBean(TestClock.class).advance(Duration.ofMinutes(61));
        b.getBean(TestClock.class).advance(Duration.ofMinutes(61));
        try {
            await(
                    "both guests reminded",
                    Duration.ofSeconds(30),
                    () -> guests.stream().allMatch(g -> reminders(g) >= 1));
            Thread.sleep(3_000);
            for (String guest : guests) {
                assertThat(reminders(guest)).as(guest).isEqualTo(1);
            }
        } finally {
            a.getBean(TestClock.class).reset();
            b.getBean(TestClock.class).reset();
        }
    }

    @Test
    void theNightlyRetentionRunsOnOneServerThoughBothAreDueEverySecond() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        await(
                "the retention ran",
                Duration.ofSeconds(10),
                () -> jdbc.queryForObject(
                                "select count(*) from shedlock where name = 'request-retention'", Integer.class)
                        == 1);
        Map<String, Object> first =
                jdbc.queryForMap("select locked_by, locked_at from shedlock where name = 'request-retention'");
        assertThat(first.get("locked_by")).isIn("A", "B");
        Thread.sleep(3_000);
        // Three more seconds of both servers trying every second: nobody took it again.
        assertThat(jdbc.queryForMap("select locked_by, locked_at from shedlock where name = 'request-retention'"))
                .isEqualTo(first);
    }

    private int reminders(String guest) {
        return (int) Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(guest)
                                && m.getSubject().startsWith("Reminder: ");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    private static long body(String name, String slug) {
        return a.getBean(BodyEditor.class)
                .createBody(new NewBody(
                        name,
                        "X",
                        slug + "-" + SCHEMA.replace('_', '-'),
                        BodyKind.OPEN_ALLIANCE,
                        null,
                        true,
                        null,
                        List.of("es")));
    }

    private static MeetingData meeting(long body, String title, LocalDateTime start) {
        return new MeetingData(
                body, title, start, DENVER, 90, MeetingFormat.IN_PERSON, "Library", null, true, List.of("es"), null);
    }

    private static MeetingService meetings(ConfigurableApplicationContext server) {
        return server.getBean(MeetingService.class);
    }

    private static MeetingPlanning planning(ConfigurableApplicationContext server) {
        return server.getBean(MeetingPlanning.class);
    }

    private static String port(ConfigurableApplicationContext server) {
        return server.getEnvironment().getProperty("local.server.port");
    }

    private static String get(ConfigurableApplicationContext server, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port(server) + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static void await(String what, Duration within, BooleanSupplier condition) {
        Awaitility.await(what)
                .atMost(within)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }
}
