package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import roundtable.IntegrationTest;

/** Operations see the outbox by state on /actuator/prometheus, counted in the database. */
@IntegrationTest
class OutboxMetricsIntegrationTest {

    @Autowired
    ApplicationContext app;
    @Autowired
    PrometheusMeterRegistry prometheus;

    @Test
    void theScrapeCountsEveryStateAndADeadEmailShowsAtOnce() throws Exception {
        double before = dead();
        OutboxTestSupport.dead(app, "gone." + System.nanoTime() + "@example.org", "Minutes published", "Text",
                "550 no such user");
        Thread.sleep(1100); // the counts are kept for a second, so a scrape costs one query
        assertThat(dead()).isEqualTo(before + 1);
        String scrape = prometheus.scrape();
        for (String state : new String[] { "queued", "sending", "sent", "retrying", "dead" }) {
            assertThat(scrape).contains("roundtable_mail_outbox{state=\"" + state + "\"}");
        }
    }

    private double dead() {
        return prometheus.get("roundtable.mail.outbox").tag("state", "dead").gauge().value();
    }
}
