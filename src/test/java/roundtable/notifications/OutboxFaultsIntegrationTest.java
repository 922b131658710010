package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static roundtable.notifications.OutboxTestSupport.await;
import static roundtable.notifications.OutboxTestSupport.count;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import roundtable.IntegrationTest;
import roundtable.TestClock;
import roundtable.notifications.OutboxTestSupport.Received;

/**
 * The four faults the outbox must survive, each against a real SMTP server: GreenMail, or a
 * tiny one of our own where GreenMail cannot misbehave on purpose. The app's own sender and
 * its real SMTP settings (timeouts included) do the work; the tests only move its SMTP port.
 */
@IntegrationTest
class OutboxFaultsIntegrationTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    JavaMailSenderImpl mail;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    MailProperties settings;

    @Autowired
    NotificationService notifications;

    @Test
    void aThousandEmailsQueuedWhileTheServerIsDownAreAllDeliveredOnceItIsBack() throws Exception {
        String domain = "outage-" + System.nanoTime() + ".example.org";
        int greenMailPort = mail.getPort();
        // A sender of its own, so the pause it learns in the outage ends with this test rather than holding up the
        // app's sender in the next one, once the clock has gone back.
        try (var paused = OutboxTestSupport.pauseAppSender(app);
                ConfigurableApplicationContext sender = OutboxTestSupport.startSender(app)) {
            MeterRegistry senderMeters = sender.getBean(MeterRegistry.class);
            mail.setPort(closedPort());
            OutboxTestSupport.queue(app, domain, 1000);
            await(
                    "the outage noticed",
                    Duration.ofSeconds(60),
                    () -> jdbc.queryForObject(
                                    "select count(*) from outbound_email where recipient like ? and last_error is not null",
                                    Long.class,
                                    "%@" + domain)
                            > 0);
            // Several rounds against the dead server, more than the messages' own backoff would allow: the clock
            // moves on past each outage pause (and each message's first retry delay) rather than being waited for.
            double outageRounds = outageRounds(senderMeters);
            await("five more rounds against the dead server", Duration.ofSeconds(30), () -> {
                clock.advance(settings.longestOutagePause());
                return outageRounds(senderMeters) >= outageRounds + 5;
            });
            assertThat(count(jdbc, domain, EmailStatus.SENT)).isZero();
            assertThat(count(jdbc, domain, EmailStatus.DEAD))
                    .as("an outage kills nothing")
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from outbound_email where recipient like ? and attempts > 0",
                            Long.class,
                            "%@" + domain))
                    .as("an outage of any length is charged to no message")
                    .isZero();

            mail.setPort(greenMailPort);
            // The sender looks again once its longest pause is over: that time is moved on, not waited for.
            clock.advance(settings.longestOutagePause());
            await(
                    "all 1,000 sent once the server is back",
                    Duration.ofSeconds(90),
                    () -> count(jdbc, domain, EmailStatus.SENT) == 1000);
            await(
                    "all 1,000 at the server",
                    Duration.ofSeconds(10),
                    () -> Received.at(greenMail, domain).messages() >= 1000);
            // A message goes to the server before it is recorded sent, so a second copy would be there by now.
            assertThat(Received.at(greenMail, domain)).isEqualTo(new Received(1000, 1000, 1000));
        } finally {
            clock.reset();
            mail.setPort(greenMailPort);
            OutboxTestSupport.forget(greenMail, domain, 1000);
        }
    }

    @Test
    void stoppingTheAppInTheMiddleOfDeliveryLosesNothingAndSendsNothingTwice() {
        String domain = "restart-" + System.nanoTime() + ".example.org";
        int greenMailPort = mail.getPort();
        try (var appSender = OutboxTestSupport.pauseAppSender(app);
                FaultySmtpServer server = new FaultySmtpServer()) {
            // A server that takes 10 ms a message, so that the app is surely stopped halfway.
            server.slowness = Duration.ofMillis(10);
            mail.setPort(server.port());
            OutboxTestSupport.queue(app, domain, 100);
            ConfigurableApplicationContext first = OutboxTestSupport.startSender(app);
            await(
                    "some sent before the stop",
                    Duration.ofSeconds(30),
                    () -> mine(server, domain).size() >= 10);
            first.close();

            long sent = count(jdbc, domain, EmailStatus.SENT);
            assertThat(count(jdbc, domain, EmailStatus.SENDING))
                    .as("a stopped server holds no claims")
                    .isZero();
            assertThat(sent).as("stopped halfway").isBetween(10L, 99L);
            assertThat(mine(server, domain))
                    .as("what was recorded sent is what arrived")
                    .hasSize((int) sent);

            ConfigurableApplicationContext second = OutboxTestSupport.startSender(app);
            try {
                await(
                        "the rest sent after the restart",
                        Duration.ofSeconds(60),
                        () -> count(jdbc, domain, EmailStatus.SENT) == 100);
            } finally {
                second.close();
            }
            assertThat(mine(server, domain)).hasSize(100).doesNotHaveDuplicates();
            assertThat(server.messageIds()).hasSize(100).doesNotHaveDuplicates().doesNotContainNull();
        } finally {
            mail.setPort(greenMailPort);
        }
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersIsGivenUpOnWithinTenSecondsAndTriedAgain() {
        String domain = "silent-" + System.nanoTime() + ".example.org";
        int greenMailPort = mail.getPort();
        try (FaultySmtpServer server = new FaultySmtpServer()) {
            server.silent = true;
            mail.setPort(server.port());
            OutboxTestSupport.queue(app, domain, 1);

            await("the first attempt given up", Duration.ofSeconds(30), () -> lastError(domain) != null);
            Instant gaveUp = Instant.now();
            server.silent = false;
            assertThat(server.connections()).isNotEmpty();
            assertThat(Duration.between(server.connections().getFirst(), gaveUp))
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(lastError(domain)).containsIgnoringCase("timed out");

            await(
                    "tried again and delivered",
                    Duration.ofSeconds(30),
                    () -> count(jdbc, domain, EmailStatus.SENT) == 1);
            assertThat(mine(server, domain)).containsExactly("0@" + domain);
            assertThat(jdbc.queryForObject(
                            "select attempts from outbound_email where recipient = ?", Integer.class, "0@" + domain))
                    .as("a server that never greeted is an outage, not the message's failed attempt")
                    .isEqualTo(1);
        } finally {
            mail.setPort(greenMailPort);
        }
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAddressTheServerAlwaysRefusesIsDeadAfterTheLastAttemptAndTheOthersArrive() {
        String domain = "refused-" + System.nanoTime() + ".example.org";
        String refused = "0@" + domain;
        int greenMailPort = mail.getPort();
        try (FaultySmtpServer server = new FaultySmtpServer()) {
            server.refuse(refused);
            mail.setPort(server.port());
            OutboxTestSupport.queue(app, domain, 4);

            await(
                    "the other three delivered",
                    Duration.ofSeconds(20),
                    () -> count(jdbc, domain, EmailStatus.SENT) == 3);
            // Each retry waits twice as long as the one before; the clock is moved on rather than waited for.
            for (int attempt = 1; attempt < settings.maxAttempts(); attempt++) {
                int tried = attempt;
                await("attempt " + tried, Duration.ofSeconds(20), () -> attempts(refused) >= tried);
                assertThat(count(jdbc, domain, EmailStatus.DEAD))
                        .as("not dead after attempt " + tried)
                        .isZero();
                clock.advance(Duration.ofHours(1));
            }
            await(
                    "dead after the last attempt",
                    Duration.ofSeconds(20),
                    () -> count(jdbc, domain, EmailStatus.DEAD) == 1);

            assertThat(attempts(refused)).isEqualTo(settings.maxAttempts());
            assertThat(mine(server, domain)).containsExactlyInAnyOrder("1@" + domain, "2@" + domain, "3@" + domain);
            List<OutboxEntry> dead = notifications.outbox(EmailStatus.DEAD, 0, 100);
            assertThat(dead)
                    .filteredOn(e -> e.recipient().equals(refused))
                    .singleElement()
                    .satisfies(e -> assertThat(e.lastError()).contains("550"));
            Map<EmailStatus, Long> counts = notifications.counts();
            assertThat(counts.get(EmailStatus.DEAD)).isPositive();
        } finally {
            clock.reset();
            mail.setPort(greenMailPort);
        }
    }

    /** What the server received for this test's domain: a sender takes any due mail, not only the test's. */
    private static List<String> mine(FaultySmtpServer server, String domain) {
        return server.delivered().stream()
                .filter(to -> to.endsWith("@" + domain))
                .toList();
    }

    /** Rounds the app's sender has gone against an unreachable server (each counts its first message as waiting). */
    private static double outageRounds(MeterRegistry meters) {
        Counter rounds = meters.find("roundtable.mail")
                .tag("outcome", "server-unavailable")
                .counter();
        return rounds == null ? 0 : rounds.count();
    }

    private int attempts(String recipient) {
        return jdbc.queryForObject("select attempts from outbound_email where recipient = ?", Integer.class, recipient);
    }

    private String lastError(String domain) {
        return jdbc.queryForObject(
                "select last_error from outbound_email where recipient like ?", String.class, "%@" + domain);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
