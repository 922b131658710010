package roundtable.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.IntegrationTest;
import roundtable.OutboxDrain;
import roundtable.TestClock;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;

/**
 * Issue 7's bar: publishing minutes to a body with 1,000 confirmed subscribers returns to the
 * chair in under 200 ms, because the click records only the event; the emails are written to the
 * outbox after the commit. Prints the time of the publish call (what the chair waits for) and the
 * time until all 1,000 emails are in the outbox. Run on demand, no timed assertions:
 * {@code ./mvnw -B -q test -Dtest=MinutesFanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@IntegrationTest
class MinutesFanOutBenchmark {

    static final int SUBSCRIBERS = 1_000;
    static final int ROUNDS = 9;

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesApproval approval;

    @Autowired
    MinutesPublishing publishing;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationService notifications;

    @Test
    void publishingToAThousandSubscribersRecordsOnlyTheEvent() throws Exception {
        MinutesToPublish workflow =
                new MinutesToPublish(minutes, approval, publishing, planning, committees, users, clock);
        long dac = committees.findBySlug("dac").orElseThrow().id();
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(30));
        List<Object[]> rows = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            rows.add(new Object[] {
                dac,
                "bench" + i + "@example.org",
                "bench" + i + "@example.org",
                i % 3 == 0 ? "es" : "en",
                "n" + i,
                Timestamp.from(now),
                Timestamp.from(now)
            });
        }
        jdbc.batchUpdate(
                "insert into subscription (body_id, email, email_key, language, meetings, minutes, nonce,"
                        + " confirmed_at, requested_at) values (?, ?, ?, ?, false, true, ?, ?, ?)",
                rows);
        try {
            List<Long> publishMillis = new ArrayList<>();
            List<Long> fanOutMillis = new ArrayList<>();
            for (int round = 0; round <= ROUNDS; round++) {
                long meetingId = workflow.draft("Fan-out benchmark " + round);
                MinutesDraft draft = workflow.as(
                        MinutesToPublish.SECRETARY,
                        () -> minutes.draftOf(meetingId).orElseThrow());
                MinutesDraft recorded = workflow.record(draft.minutesId(), draft, "<p>Round " + round + ".</p>");
                long version = workflow.approved(draft.minutesId(), recorded);

                long start = System.nanoTime();
                workflow.as(MinutesToPublish.CHAIR, () -> publishing.publish(draft.minutesId(), version, true));
                long published = System.nanoTime();
                String keys = "minutes:" + draft.minutesId() + ":1:s%";
                while (jdbc.queryForObject(
                                "select count(*) from outbound_email where idempotency_key like ?", Long.class, keys)
                        < SUBSCRIBERS) {
                    Thread.sleep(5);
                }
                long queued = System.nanoTime();
                // Delivery is the outbox benchmark's business: these need not reach the test SMTP server.
                jdbc.update("delete from outbound_email where idempotency_key like ? and status = 'QUEUED'", keys);
                if (round > 0) {
                    publishMillis.add((published - start) / 1_000_000);
                    fanOutMillis.add((queued - start) / 1_000_000);
                }
                System.out.printf(
                        "round %d%s: publish returned in %d ms, %d emails in the outbox after %d ms%n",
                        round,
                        round == 0 ? " (warm-up)" : "",
                        (published - start) / 1_000_000,
                        SUBSCRIBERS,
                        (queued - start) / 1_000_000);
            }
            publishMillis.sort(null);
            fanOutMillis.sort(null);
            System.out.printf(
                    "MinutesFanOutBenchmark: publish to %d subscribers returns in %d ms median (max %d ms,"
                            + " bar 200 ms); all %d emails recorded in the outbox after %d ms median (max %d ms)%n",
                    SUBSCRIBERS,
                    publishMillis.get(ROUNDS / 2),
                    publishMillis.getLast(),
                    SUBSCRIBERS,
                    fanOutMillis.get(ROUNDS / 2),
                    fanOutMillis.getLast());
        } finally {
            jdbc.update("delete from subscription where email like 'bench%@example.org'");
        }
    }
}
