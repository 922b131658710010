package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import roundtable.base.i18n.Language;

class OutboundEmailBackoffTest {

    private final Instant now = Instant.parse("2026-11-23T12:00:00Z");

    private OutboundEmail email() {
        return new OutboundEmail(
                "backoff-test", new RenderedEmail("a@example.org", Language.ENGLISH, "S", "T", "<p>H</p>"), now);
    }

    @Test
    void eachFailureWaitsTwiceAsLongButNeverLongerThanTheLongestDelay() {
        OutboundEmail email = email();
        email.failed("refused", now, Duration.ofSeconds(30), Duration.ofHours(1), 20);
        assertThat(email.getNextAttemptAt()).isEqualTo(now.plusSeconds(30));
        email.failed("refused", now, Duration.ofSeconds(30), Duration.ofHours(1), 20);
        assertThat(email.getNextAttemptAt()).isEqualTo(now.plusSeconds(60));
        for (int i = 0; i < 10; i++) {
            email.failed("refused", now, Duration.ofSeconds(30), Duration.ofHours(1), 20);
        }
        assertThat(email.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(email.getStatus()).isEqualTo(EmailStatus.RETRYING);
    }

    @Test
    void anUnreachableServerCountsNoAttempt() {
        OutboundEmail email = email();
        for (int i = 0; i < 100; i++) {
            email.serverUnavailable("Couldn't connect to host", now);
        }
        assertThat(email.getAttempts()).isZero();
        assertThat(email.getStatus()).isEqualTo(EmailStatus.QUEUED);
        assertThat(email.getLastError()).contains("connect");
    }
}
