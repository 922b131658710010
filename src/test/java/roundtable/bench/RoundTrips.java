package roundtable.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Every HTTP round trip's time by the step it served, and the failures, from many threads at once. */
final class RoundTrips {

    private final Map<String, List<Long>> nanosByStep = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> failuresByStep = new LinkedHashMap<>();

    synchronized void record(String step, long nanos) {
        nanosByStep.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos);
    }

    synchronized void failed(String step) {
        failuresByStep.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
    }

    synchronized int failures() {
        return failuresByStep.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** One line per step and one for all of them: count, p50, p95, p99, max in milliseconds, failures. */
    synchronized String table() {
        StringBuilder out = new StringBuilder(String.format(
                "%-34s %7s %8s %8s %8s %8s %8s%n",
                "round trips of", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"));
        List<Long> all = new ArrayList<>();
        nanosByStep.forEach((step, nanos) -> {
            all.addAll(nanos);
            out.append(line(
                    step,
                    nanos,
                    failuresByStep.getOrDefault(step, new AtomicInteger()).get()));
        });
        out.append(line("all requests", all, failures()));
        return out.toString();
    }

    synchronized double percentileMillis(String step, double p) {
        return percentile(new ArrayList<>(nanosByStep.getOrDefault(step, List.of())), p);
    }

    /** The percentile over every round trip except those of one step and kind. */
    synchronized double percentileExcluding(String step, double p) {
        List<Long> rest = new ArrayList<>();
        nanosByStep.forEach((s, nanos) -> {
            if (!s.equals(step)) {
                rest.addAll(nanos);
            }
        });
        return percentile(rest, p);
    }

    private static String line(String step, List<Long> nanos, int failures) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                "%-34s %7d %8.1f %8.1f %8.1f %8.1f %8d%n",
                step,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.getLast() / 1e6,
                failures);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
