package roundtable.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;

/**
 * Backs a PostgreSQL schema up with ops/backup-postgres.sh (pg_dump -Fc, plus the attachments
 * directory), restores it with ops/restore-postgres.sh into a database created empty for it, and
 * checks that every table holds the same rows, that the attachments came back byte for byte, and
 * that the app's migrations accept the restored schema. The scripts are the ones operators run.
 */
public final class PostgresBackupRoundTrip {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String schema;

    public PostgresBackupRoundTrip(String jdbcUrl, String user, String password, String schema) {
        this.jdbcUrl = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /** Returns what was compared: tables and rows. */
    public Map<String, TableContents.Table> backUpAndRestore(Path work) throws Exception {
        Path attachments = Files.createDirectories(work.resolve("attachments/2026/11"));
        byte[] paper = "%PDF-1.7 budget paper\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(attachments.resolve("budget.pdf"), paper);

        Map<String, TableContents.Table> source = null;
        Path backup = null;
        for (int attempt = 1; attempt <= 5 && backup == null; attempt++) {
            var before = contentsOf(jdbcUrl);
            Path root = Files.createDirectories(work.resolve("backups-" + attempt));
            String printed = run(
                    List.of("bash", "ops/backup-postgres.sh", root.toString(), "--schema=" + schema),
                    libpq(jdbcUrl),
                    work.resolve("attachments"));
            source = contentsOf(jdbcUrl);
            if (source.equals(before) || attempt == 5) {
                assertThat(source)
                        .as("the database kept changing during the backup")
                        .isEqualTo(before);
                backup = Path.of(printed.strip().lines().reduce((a, b) -> b).orElseThrow());
            }
        }
        assertThat(backup.resolve("database.dump")).isNotEmptyFile();

        String restoreDb = "restore_" + schema;
        String restoreUrl = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + restoreDb;
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.createStatement().execute("create database " + restoreDb);
        }
        try {
            Path restoredAttachments = work.resolve("restored-attachments");
            run(List.of("bash", "ops/restore-postgres.sh", backup.toString()), libpq(restoreUrl), restoredAttachments);

            var restored = contentsOf(restoreUrl);
            assertThat(restored).isEqualTo(source);
            assertThat(restoredAttachments.resolve("2026/11/budget.pdf")).hasBinaryContent(paper);
            var flyway = Flyway.configure()
                    .dataSource(restoreUrl, user, password)
                    .schemas(schema)
                    .load();
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            return restored;
        } finally {
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
                c.createStatement().execute("drop database if exists " + restoreDb + " with (force)");
            }
        }
    }

    private Map<String, TableContents.Table> contentsOf(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return TableContents.of(c, schema);
        }
    }

    /** jdbc:postgresql://host:port/db → postgresql://host:port/db, the form libpq and so the scripts read. */
    private static String libpq(String jdbc) {
        return jdbc.substring("jdbc:".length());
    }

    private String run(List<String> command, String database, Path attachmentsDir)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("DATABASE", database);
        builder.environment().put("PGUSER", user);
        builder.environment().put("PGPASSWORD", password);
        builder.environment().put("ATTACHMENTS_DIR", attachmentsDir.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("%s finished", command)
                .isTrue();
        assertThat(process.exitValue())
                .as("%s exit status; it said:%n%s", command, output)
                .isZero();
        return output;
    }
}
