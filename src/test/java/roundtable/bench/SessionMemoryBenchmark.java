package roundtable.bench;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 5: the heap a signed-in member's tab holds on the server. For each member view it signs in N
 * times (each a session of its own, as N people would) and opens the view over Vaadin's own protocol, then
 * counts the server's live heap after a full GC; the growth divided by N is one signed-in UI with its session.
 * Prints the figures (goal: at most 150 KB per UI) and what grew most, by class, for the heaviest view.
 * <p>
 * Run: {@code ./mvnw -B -q -DskipTests package} then
 * {@code ./mvnw -B -q test -Dtest=SessionMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.sessions=200}, {@code -Dbench.views=meetings/3,my/profile}, {@code -Dbench.byClass=true} for what
 * grew by class in each view; see {@link BenchApp} for the app it starts).
 */
class SessionMemoryBenchmark {

    private static final int WARM_UP = 10;
    private static final int THREADS = 4;
    /** As a view name: a session signed in with no tab open, to tell the session's own share from the UI's. */
    private static final String SIGNED_IN_ONLY = "-";

    @Test
    void retainedHeapPerSignedInUi() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 200);
        try (BenchApp app = BenchApp.start();
                ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            if (app.pid < 0) {
                throw new IllegalStateException("Counting the heap needs the app's process id: -Dbench.pid=…");
            }
            HttpClient http = VaadinClient.newHttpClient();
            long meeting = app.upcomingDacMeeting();
            List<String> views = System.getProperty("bench.views") != null
                    ? List.of(System.getProperty("bench.views").split(","))
                    : List.of("meetings/" + meeting, "my/committees", "committees/dac", "my/profile");
            RoundTrips trips = new RoundTrips();
            // Every view once over, so classes, caches and compiled code are in place before counting.
            for (String view : views) {
                openAll(pool, http, app, trips, view, WARM_UP);
            }
            HeapHistogram before = HeapHistogram.of(app.pid);
            long baseline = before.totalBytes();
            String heaviest = null;
            long heaviestBytes = 0;
            String heaviestGrowth = "";
            List<String> lines = new ArrayList<>();
            for (String view : views) {
                openAll(pool, http, app, trips, view, sessions);
                HeapHistogram after = HeapHistogram.of(app.pid);
                long perUi = (after.totalBytes() - before.totalBytes()) / sessions;
                lines.add(String.format(
                        "  /%-28s %8.1f KB per signed-in UI   %,9d UIs per GB of heap",
                        view, perUi / 1024.0, perUi <= 0 ? 0 : (1L << 30) / perUi));
                if (Boolean.getBoolean("bench.byClass")) {
                    lines.add(after.growthSince(before, 25, sessions));
                }
                if (perUi > heaviestBytes) {
                    heaviestBytes = perUi;
                    heaviest = view;
                    heaviestGrowth = after.growthSince(before, 20, sessions);
                }
                before = after;
            }
            System.out.printf(
                    "%nSession memory, %d signed-in sessions per view (each a member signed in, one tab), "
                            + "live heap after a full GC (jcmd GC.class_histogram), %s%n",
                    sessions, LocalDate.now());
            System.out.printf("  the app's own live heap before the sessions: %.1f MB%n", baseline / 1048576.0);
            lines.forEach(System.out::println);
            System.out.printf(
                    "  heaviest: /%s, %.1f KB per UI (goal 150 KB); 1 GB of heap holds %,d such UIs%n",
                    heaviest, heaviestBytes / 1024.0, (1L << 30) / heaviestBytes);
            System.out.printf("  what grew most for /%s, bytes per UI by class:%n%s%n", heaviest, heaviestGrowth);
            System.out.printf("  requests failed: %d%n", trips.failures());
        }
    }

    /** Signs N members in (each a new session) and opens the view in each; the server keeps them all. */
    private static void openAll(
            ExecutorService pool, HttpClient http, BenchApp app, RoundTrips trips, String view, int count)
            throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int member = 1 + i % BenchApp.members();
            String email = BenchApp.member(member);
            done.add(pool.submit(() -> {
                VaadinClient tab = new VaadinClient(http, app.base, trips, VaadinClient.addressOf(member));
                tab.signIn("sign in", email, BenchApp.PASSWORD);
                if (!view.equals(SIGNED_IN_ONLY)) {
                    tab.open("open " + view, view);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }
}
