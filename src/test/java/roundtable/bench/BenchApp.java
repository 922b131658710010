package roundtable.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged app in a JVM of its own, as production runs it (production-mode Vaadin, its own heap, so the
 * heap counted is the server's alone): started from target/roundtable-*.jar on a free port with a fresh H2 file
 * database, the demo data and the "bench" profile's members, and stopped at the end.
 * <p>
 * System properties: {@code bench.url} (and {@code bench.pid} for the memory count) to use an app already
 * running with SPRING_PROFILES_ACTIVE=default,bench instead; {@code bench.jvmArgs} (default "-Xmx1g");
 * {@code bench.members} (default 200).
 */
final class BenchApp implements AutoCloseable {

    static final String PASSWORD = "Roundtable-demo-2026";

    final URI base;
    final long pid;
    private final Process process;

    private BenchApp(URI base, long pid, Process process) {
        this.base = base;
        this.pid = pid;
        this.process = process;
    }

    static int members() {
        return Integer.getInteger("bench.members", 200);
    }

    /** Same pattern as the app's BenchmarkMembers. */
    static String member(int n) {
        return "bench.member." + n + "@example.org";
    }

    static BenchApp start() throws Exception {
        String url = System.getProperty("bench.url");
        if (url != null && !url.isBlank()) {
            return new BenchApp(URI.create(url.endsWith("/") ? url : url + "/"), Long.getLong("bench.pid", -1), null);
        }
        Path jar;
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("roundtable-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("No jar in target/: run ./mvnw -DskipTests package first"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createTempDirectory(Paths.get("target").toAbsolutePath(), "bench-app-");
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(
                List.of(System.getProperty("bench.jvmArgs", "-Xmx1g").trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("DB_URL", "jdbc:h2:file:" + dir.resolve("db"));
        env.put("ATTACHMENTS_DIR", dir.resolve("attachments").toString());
        env.put("SPRING_PROFILES_ACTIVE", "default,bench");
        env.put("ROUNDTABLE_BENCH_MEMBERS", Integer.toString(members()));
        env.put("PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
        System.out.println("Starting " + jar + " on port " + port + " (log: " + dir.resolve("app.log") + ")");
        Process process = builder.start();
        BenchApp app = new BenchApp(URI.create("http://127.0.0.1:" + port + "/"), process.pid(), process);
        app.awaitReady(Duration.ofMinutes(6));
        return app;
    }

    private void awaitReady(Duration patience) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see its log");
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(base.resolve("actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app was not ready within " + patience);
    }

    /** The first of DAC's meetings still ahead, from the body's public calendar feed (UID meeting-{id}@host). */
    long upcomingDacMeeting() throws Exception {
        String ics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("feeds/committees/dac.ics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        String uid = null;
        for (String line : ics.split("\r?\n")) {
            if (line.startsWith("UID:meeting-")) {
                uid = line.substring("UID:meeting-".length(), line.indexOf('@'));
            } else if (uid != null
                    && line.startsWith("DTSTART;")
                    && line.substring(line.indexOf(':') + 1).compareTo(now) > 0) {
                return Long.parseLong(uid);
            } else if (line.startsWith("END:VEVENT")) {
                uid = null;
            }
        }
        throw new IllegalStateException("DAC has no meeting ahead in its feed");
    }

    /** CPU time the app's process has used so far, or -1 when its process id is not known. */
    long cpuNanos() {
        return pid < 0
                ? -1
                : ProcessHandle.of(pid)
                        .flatMap(p -> p.info().totalCpuDuration())
                        .map(Duration::toNanos)
                        .orElse(-1L);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }
}
