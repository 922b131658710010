package roundtable.bench;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 6: 200 members, each in a session of their own and from an address of their own, sign in with
 * their password, open a DAC meeting's page and RSVP "in person" on it, all over Vaadin's own protocol on
 * loopback; they arrive over a ramp and pause between steps as people do. Prints p50/p95/p99 of every server
 * round trip by step and kind (goal: p95 at most 100 ms on 2 cores), each step's total for one person, and the
 * failures; then, against the same server, bench/public-pages.sh loads the minutes permalink and the feeds with
 * wrk next to the static stylesheet.
 * <p>
 * Run: {@code ./mvnw -B -q -DskipTests package} then
 * {@code ./mvnw -B -q test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Properties:
 * {@code bench.users} (200), {@code bench.ramp} (seconds over which they arrive, 20), {@code bench.think}
 * (longest pause between steps in ms, 2000), {@code bench.wrk=false} to skip wrk; see {@link BenchApp}.
 */
class LoadBenchmark {

    private static final String SIGN_IN = "1 sign in";
    private static final String OPEN = "2 open meeting";
    private static final String RSVP = "3 RSVP";

    @Test
    void membersSignInOpenAMeetingAndRsvp() throws Exception {
        int users = Integer.getInteger("bench.users", 200);
        Duration ramp = Duration.ofSeconds(Integer.getInteger("bench.ramp", 20));
        int think = Integer.getInteger("bench.think", 2000);
        try (BenchApp app = BenchApp.start()) {
            long meeting = app.upcomingDacMeeting();
            HttpClient http = VaadinClient.newHttpClient();

            // The first members once through, unmeasured, so the server is warm as it would be in an evening.
            run(http, app, meeting, Math.min(20, users), Duration.ofSeconds(2), 0, new RoundTrips(), new RoundTrips());

            RoundTrips trips = new RoundTrips();
            RoundTrips steps = new RoundTrips();
            long start = System.nanoTime();
            long cpuBefore = app.cpuNanos();
            int rsvps = run(http, app, meeting, users, ramp, think, trips, steps);
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpu = app.cpuNanos() - cpuBefore;

            System.out.printf(
                    "%nLoad: %d members, each signs in, opens /meetings/%d and RSVPs; arriving over %d s, "
                            + "pausing up to %d ms between steps; %s, %d cores seen by the JVM%n",
                    users,
                    meeting,
                    ramp.toSeconds(),
                    think,
                    LocalDate.now(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%d of %d RSVPs saved in %.1f s", rsvps, users, seconds);
            if (cpuBefore >= 0) {
                // Holds on a shared machine where latency does not: the server's own work per member.
                System.out.printf(
                        "; the server used %.1f s of CPU, %.0f ms per member (sign-in, page, RSVP, "
                                + "and the emails it queues)",
                        cpu / 1e9, cpu / 1e6 / users);
            }
            System.out.printf("%n%n");
            System.out.println("Each server round trip, by step and kind of request:");
            System.out.println(trips.table());
            System.out.println("Each step for one member (its round trips one after another, no pauses):");
            System.out.println(steps.table());
            System.out.printf(
                    "RSVP round trips alone: p95 %.1f ms (goal 100 ms); all round trips but the password "
                            + "check (bcrypt): p95 %.1f ms%n",
                    trips.percentileMillis(RSVP + ": uidl", 95),
                    trips.percentileExcluding(SIGN_IN + ": form post", 95));
            if (!"false".equals(System.getProperty("bench.wrk"))) {
                publicPages(app);
            }
        }
    }

    /** Starts each member at their moment on the ramp; returns how many RSVPs the server confirmed. */
    private static int run(
            HttpClient http,
            BenchApp app,
            long meeting,
            int users,
            Duration ramp,
            int think,
            RoundTrips trips,
            RoundTrips steps)
            throws Exception {
        AtomicInteger saved = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService members = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                int member = 1 + i % BenchApp.members();
                long delay = ramp.toMillis() * i / users;
                done.add(members.submit(() -> {
                    Thread.sleep(delay);
                    VaadinClient tab = new VaadinClient(http, app.base, trips, VaadinClient.addressOf(member));
                    timed(steps, SIGN_IN, () -> tab.signIn(SIGN_IN, BenchApp.member(member), BenchApp.PASSWORD));
                    pause(think);
                    timed(steps, OPEN, () -> tab.open(OPEN, "meetings/" + meeting));
                    pause(think);
                    timed(steps, RSVP, () -> {
                        tab.setValue(RSVP, "rsvp-response", "1");
                        tab.click(RSVP, "rsvp-save");
                    });
                    if (tab.shows("rsvp-status")) {
                        saved.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    System.out.println(
                            "A member did not get through: " + e.getCause().getMessage());
                }
            }
        }
        return saved.get();
    }

    private static void timed(RoundTrips steps, String step, Runnable action) {
        long start = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            steps.failed(step);
            throw e;
        }
        steps.record(step, System.nanoTime() - start);
    }

    private static void pause(int think) throws InterruptedException {
        if (think > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(think / 2, think + 1));
        }
    }

    private static void publicPages(BenchApp app) throws Exception {
        Process wrk = new ProcessBuilder(
                        "bash", "bench/public-pages.sh", app.base.toString().replaceAll("/$", ""))
                .redirectErrorStream(true)
                .start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        System.out.println(out);
    }
}
