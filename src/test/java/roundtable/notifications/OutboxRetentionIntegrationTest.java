package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.IntegrationTest;
import roundtable.base.i18n.Language;

/** Delivered mail keeps its words (and personal links) only a while; who, what and when stay. */
@IntegrationTest
class OutboxRetentionIntegrationTest {

    @Autowired
    EmailOutbox outbox;

    @Autowired
    OutboxRetention retention;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext app;

    @Test
    void theTextOfMailDeliveredLongAgoIsEmptiedAndRecentMailIsKept() {
        String old = "retention-old-" + System.nanoTime() + "@example.org";
        String recent = "retention-new-" + System.nanoTime() + "@example.org";
        // The app's sender stays out of it, so the deliveries recorded here are the only ones.
        try (var paused = OutboxTestSupport.pauseAppSender(app)) {
            queueAndForget(old, recent);
        }
        assertThat(jdbc.queryForMap(
                        "select subject, text_body, html_body, status from outbound_email where recipient = ?", old))
                .containsEntry("SUBJECT", "Old")
                .containsEntry("TEXT_BODY", "")
                .containsEntry("HTML_BODY", "")
                .containsEntry("STATUS", "SENT");
        assertThat(jdbc.queryForObject(
                        "select text_body from outbound_email where recipient = ?", String.class, recent))
                .isEqualTo("Recent text");
    }

    private void queueAndForget(String old, String recent) {
        transactions.executeWithoutResult(tx -> {
            outbox.queue(
                    "retention:" + old,
                    new RenderedEmail(
                            old, Language.ENGLISH, "Old", "Sign in: https://x/signin/link?token=abc", "<p>old</p>"));
            outbox.queue(
                    "retention:" + recent,
                    new RenderedEmail(recent, Language.ENGLISH, "New", "Recent text", "<p>new</p>"));
        });
        // Delivered, as the sender would record it: one 40 days ago, one yesterday.
        markSent(old, Instant.now().minus(Duration.ofDays(40)));
        markSent(recent, Instant.now().minus(Duration.ofDays(1)));

        assertThat(retention.forgetOldBodies()).isPositive();
    }

    private void markSent(String recipient, Instant at) {
        jdbc.update(
                "update outbound_email set status = 'SENT', sent_at = ?, next_attempt_at = null where recipient = ?",
                Timestamp.from(at),
                recipient);
    }
}
