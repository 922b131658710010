package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static roundtable.notifications.OutboxTestSupport.await;
import static roundtable.notifications.OutboxTestSupport.count;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.IntegrationTest;
import roundtable.OutboxDrain;
import roundtable.base.RoundtableProperties;
import roundtable.notifications.OutboxTestSupport.Received;

/**
 * A server that dies while it sends (kill -9 between the SMTP server's "accepted" and the
 * database's "sent"), and starts again: what it held goes out at once rather than after the
 * lease, and only the message in flight at the crash goes twice, with one Message-ID. The crash
 * is played in this JVM: a sender under the app's own server name whose thread dies at the moment
 * it would record the first delivery; the restart is the app's own sender starting again.
 */
@IntegrationTest
class OutboxCrashIntegrationTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JavaMailSender mail;

    @Autowired
    MailProperties settings;

    @Autowired
    RoundtableProperties properties;

    @Autowired
    Clock clock;

    @Test
    void aServerKilledBetweenSmtpAcceptanceAndRecordingSendsOnlyThatMessageAgainAndAtOnceWhenItStartsAgain() {
        // Mail another test left on its way would be claimed by the dying round too.
        OutboxDrain.await(Duration.ofSeconds(20));
        String domain = "crash-" + System.nanoTime() + ".example.org";
        OutboxSender appSender = app.getBean(OutboxSender.class);
        try (var restart = OutboxTestSupport.pauseAppSender(app)) {
            OutboxTestSupport.queue(app, domain, 4);
            KilledWhenRecording dying = new KilledWhenRecording(emails, transactions, settings, clock);
            new OutboxSender(dying, mail, settings, properties, clock, new SimpleMeterRegistry(), appSender.instance())
                    .start();
            await(
                    "the first message accepted and the sender killed",
                    Duration.ofSeconds(20),
                    () -> dying.killed.get() && Received.at(greenMail, domain).messages() == 1);
            assertThat(count(jdbc, domain, EmailStatus.SENDING))
                    .as("all four still held by the dead run")
                    .isEqualTo(4);

            long restarted = System.nanoTime();
            restart.resume();
            await(
                    "all four recorded as sent after the restart",
                    Duration.ofSeconds(30),
                    () -> count(jdbc, domain, EmailStatus.SENT) == 4);
            Duration delay = Duration.ofNanos(System.nanoTime() - restarted);
            await(
                    "all at the server",
                    Duration.ofSeconds(10),
                    () -> Received.at(greenMail, domain).messages() >= 5);
            System.out.printf(
                    "OutboxCrashIntegrationTest: re-delivered %.2f s after the restart (lease %s)%n",
                    delay.toMillis() / 1000.0, settings.lease());

            assertThat(Received.at(greenMail, domain))
                    .as("the message in flight twice, with one Message-ID; the rest once")
                    .isEqualTo(new Received(5, 4, 4));
            assertThat(delay)
                    .as("taken back at start-up, not when the lease runs out")
                    .isLessThan(Duration.ofSeconds(10));
        } finally {
            OutboxTestSupport.forget(greenMail, domain, 4);
            OutboxTestSupport.remove(jdbc, domain);
        }
    }

    @Test
    void aDeliveryThatCouldNotBeRecordedEndsTheRoundBeforeAnotherMessageIsSent() {
        OutboxDrain.await(Duration.ofSeconds(20));
        String domain = "unrecorded-" + System.nanoTime() + ".example.org";
        OutboxSender appSender = app.getBean(OutboxSender.class);
        try (var paused = OutboxTestSupport.pauseAppSender(app)) {
            OutboxTestSupport.queue(app, domain, 3);
            FirstRecordFails claims = new FirstRecordFails(emails, transactions, settings, clock);
            OutboxSender sender = new OutboxSender(
                    claims,
                    mail,
                    settings,
                    properties,
                    clock,
                    new SimpleMeterRegistry(),
                    "unrecorded-" + appSender.instance());
            sender.start();
            try {
                await("the other two sent", Duration.ofSeconds(20), () -> count(jdbc, domain, EmailStatus.SENT) == 2);
            } finally {
                sender.stop();
            }
            int failed = claims.steps.indexOf("record failed");
            assertThat(failed).as("steps: " + claims.steps).isPositive();
            assertThat(claims.steps.subList(failed + 1, claims.steps.size()))
                    .as("steps: " + claims.steps)
                    .startsWith("release", "claim");
            assertThat(Received.at(greenMail, domain).messages()).isEqualTo(3);
        } finally {
            // The message whose delivery went unrecorded stays claimed until the lease runs out: not another test's to
            // send.
            OutboxTestSupport.forget(greenMail, domain, 3);
            OutboxTestSupport.remove(jdbc, domain);
        }
    }

    /** The process dies the moment it would record its first delivery: nothing more happens, nothing is handed back. */
    static final class KilledWhenRecording extends OutboxClaims {

        final AtomicBoolean killed = new AtomicBoolean();

        KilledWhenRecording(
                OutboundEmailRepository emails,
                TransactionTemplate transactions,
                MailProperties settings,
                Clock clock) {
            super(emails, transactions, settings, clock);
        }

        @Override
        Optional<OutboundEmail> record(long id, String claim, Consumer<OutboundEmail> outcome) {
            killed.set(true);
            throw new Killed();
        }

        @Override
        int release(String claim, Set<Long> keep) {
            throw new Killed();
        }
    }

    /** Stands for kill -9: an Error no code of the sender catches, so its thread ends where it is. */
    static final class Killed extends Error {

        private static final long serialVersionUID = 1L;

        Killed() {
            super("simulated kill -9 of the sending server", null, false, false);
        }
    }

    /** The database is away for the first record only; every step is noted in order. */
    static final class FirstRecordFails extends OutboxClaims {

        final List<String> steps = new CopyOnWriteArrayList<>();
        private final AtomicBoolean failed = new AtomicBoolean();

        FirstRecordFails(
                OutboundEmailRepository emails,
                TransactionTemplate transactions,
                MailProperties settings,
                Clock clock) {
            super(emails, transactions, settings, clock);
        }

        @Override
        List<OutboundEmail> claim(String claim, int limit) {
            List<OutboundEmail> claimed = super.claim(claim, limit);
            if (!claimed.isEmpty()) {
                steps.add("claim");
            }
            return claimed;
        }

        @Override
        Optional<OutboundEmail> record(long id, String claim, Consumer<OutboundEmail> outcome) {
            if (failed.compareAndSet(false, true)) {
                steps.add("record failed");
                throw new DataAccessResourceFailureException("database away for a moment");
            }
            steps.add("record");
            return super.record(id, claim, outcome);
        }

        @Override
        int release(String claim, Set<Long> keep) {
            steps.add("release");
            return super.release(claim, keep);
        }
    }
}
