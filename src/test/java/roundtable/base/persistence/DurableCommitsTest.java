package roundtable.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed server had committed to its H2 file is still there when it starts again: a real
 * process, killed as kill -9 would (no shutdown, H2 not closed), right after its last commit.
 */
class DurableCommitsTest {

    private static final int COMMITS = 20;

    @Test
    void commitsToAnH2FileSurviveTheServerBeingKilledRightAfterThem(@TempDir Path directory) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("roundtable").toAbsolutePath();
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledAfterCommits.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        assertThat(output).as("the child's output").contains("committed " + COMMITS);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from outcome")) {
            rows.next();
            assertThat(rows.getInt(1)).as("commits found after the kill").isEqualTo(COMMITS);
        }
    }

    @Test
    void onlyAFileDatabaseIsTouchedAndAWriteDelayGivenIsKept() {
        HikariDataSource given = new HikariDataSource();
        given.setJdbcUrl("jdbc:h2:file:./data/roundtable;WRITE_DELAY=100");
        assertThat(DurableCommits.apply(given)).isFalse();
        assertThat(given.getJdbcUrl()).isEqualTo("jdbc:h2:file:./data/roundtable;WRITE_DELAY=100");

        assertThat(DurableCommits.isH2File("jdbc:h2:file:./data/roundtable;AUTO_SERVER=FALSE"))
                .isTrue();
        assertThat(DurableCommits.isH2File("jdbc:h2:./data/roundtable")).isTrue();
        assertThat(DurableCommits.isH2File("jdbc:h2:mem:roundtable-it;DB_CLOSE_DELAY=-1"))
                .isFalse();
        assertThat(DurableCommits.isH2File("jdbc:postgresql://localhost:5432/roundtable"))
                .isFalse();
    }

    /** The child process: a table, the app's setting, then commits one by one, and death without closing anything. */
    public static final class KilledAfterCommits {

        public static void main(String[] args) throws Exception {
            // The table is made and the database closed first, so only the commits below can be lost.
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("create table outcome (id int primary key)");
            }
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(args[0]);
            pool.setUsername("sa");
            pool.setPassword("");
            new DurableCommits().postProcessBeforeInitialization(pool, "dataSource");
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement()) {
                for (int i = 0; i < COMMITS; i++) {
                    statement.execute("insert into outcome values (" + i + ")");
                }
            }
            System.out.println("committed " + COMMITS);
            System.out.flush();
            Runtime.getRuntime().halt(9);
        }
    }
}
