package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import roundtable.IntegrationTest;

/** Operations see the outbox by state on /actuator/prometheus, counted in the database. */
@IntegrationTest
class OutboxMetricsIntegrationTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    PrometheusMeterRegistry prometheus;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theScrapeCountsEveryStateAndADeadEmailShowsWithinASecond() {
        OutboxTestSupport.dead(
                app, "gone." + System.nanoTime() + "@example.org", "Minutes published", "Text", "550 no such user");
        long dead = jdbc.queryForObject("select count(*) from outbound_email where status = 'DEAD'", Long.class);
        // The counts are kept for a second, so that a scrape costs one query: the new one shows once they are renewed.
        Awaitility.await("the dead email counted")
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(dead()).isEqualTo(dead));
        String scrape = prometheus.scrape();
        for (String state : new String[] {"queued", "sending", "sent", "retrying", "dead"}) {
            assertThat(scrape).contains("roundtable_mail_outbox{state=\"" + state + "\"}");
        }
    }

    private double dead() {
        return prometheus
                .get("roundtable.mail.outbox")
                .tag("state", "dead")
                .gauge()
                .value();
    }
}
