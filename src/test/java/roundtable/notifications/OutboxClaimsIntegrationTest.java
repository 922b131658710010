package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static roundtable.notifications.OutboxTestSupport.await;
import static roundtable.notifications.OutboxTestSupport.count;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import roundtable.IntegrationTest;
import roundtable.TestClock;
import roundtable.notifications.OutboxTestSupport.Received;

/** Several servers on one outbox: each message is claimed by one of them, and a dead server's claims are taken over. */
@IntegrationTest
class OutboxClaimsIntegrationTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    OutboxClaims claims;

    @Autowired
    MailProperties settings;

    @Test
    void threeServersSharingTheOutboxSendEveryMessageExactlyOnce() {
        String domain = "three-servers-" + System.nanoTime() + ".example.org";
        OutboxTestSupport.queue(app, domain, 400);
        // The app's own sender plus two more, all polling the same table at once.
        try (ConfigurableApplicationContext second = OutboxTestSupport.startSender(app);
                ConfigurableApplicationContext third = OutboxTestSupport.startSender(app)) {
            await("all sent", Duration.ofSeconds(90), () -> count(jdbc, domain, EmailStatus.SENT) == 400);
        }
        await(
                "all at the server",
                Duration.ofSeconds(10),
                () -> Received.at(greenMail, domain).messages() >= 400);
        assertThat(Received.at(greenMail, domain)).isEqualTo(new Received(400, 400, 400));
        assertThat(jdbc.queryForObject(
                        "select max(attempts) from outbound_email where recipient like ?",
                        Integer.class,
                        "%@" + domain))
                .isEqualTo(1);
        OutboxTestSupport.forget(greenMail, domain, 400);
    }

    @Test
    void whatADeadServerClaimedIsSentByAnotherOnceItsLeaseRunsOut() {
        String domain = "dead-server-" + System.nanoTime() + ".example.org";
        try (var appSender = OutboxTestSupport.pauseAppSender(app)) {
            OutboxTestSupport.queue(app, domain, 3);
            // A server claims the three and dies before sending them.
            List<OutboundEmail> taken = claims.claim("died-" + System.nanoTime(), 25);
            assertThat(taken)
                    .extracting(OutboundEmail::getRecipient)
                    .contains("0@" + domain, "1@" + domain, "2@" + domain);

            appSender.resume();
            // The app's sender's rounds, run now on this thread rather than waited for, leave what the lease holds.
            OutboxTestSupport.deliverDueNow(app);
            assertThat(count(jdbc, domain, EmailStatus.SENDING))
                    .as("still held by the dead server's lease")
                    .isEqualTo(3);
            assertThat(Received.at(greenMail, domain).messages()).isZero();

            clock.advance(settings.lease().plusSeconds(1));
            await("taken over and sent", Duration.ofSeconds(20), () -> count(jdbc, domain, EmailStatus.SENT) == 3);
            assertThat(Received.at(greenMail, domain)).isEqualTo(new Received(3, 3, 3));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aRoundHandsBackWhatItDidNotSend() {
        String domain = "hand-back-" + System.nanoTime() + ".example.org";
        try (var appSender = OutboxTestSupport.pauseAppSender(app)) {
            OutboxTestSupport.queue(app, domain, 2);
            String claim = "stopping-" + System.nanoTime();
            assertThat(claims.claim(claim, 25)).hasSizeGreaterThanOrEqualTo(2);
            String another = "another-" + System.nanoTime();
            assertThat(claims.claim(another, 25))
                    .as("claimed messages are nobody else's")
                    .extracting(OutboundEmail::getRecipient)
                    .doesNotContain("0@" + domain, "1@" + domain);
            claims.release(another, Set.of());

            assertThat(claims.release(claim, Set.of())).isGreaterThanOrEqualTo(2);
            assertThat(count(jdbc, domain, EmailStatus.QUEUED))
                    .as("waiting again, as before the claim")
                    .isEqualTo(2);
        }
        await("sent after all", Duration.ofSeconds(20), () -> count(jdbc, domain, EmailStatus.SENT) == 2);
    }
}
