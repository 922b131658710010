package roundtable.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Polls sent before a poll knew its room, access notes, dial-in and interpretation languages keep
 * what they had once the migration has run, on a database of their own: the format an old poll left
 * empty becomes the "in person" the meeting it makes always took, and its languages are its body's,
 * which the meeting made from it used to take when the time was chosen.
 */
class PollPlaceMigrationTest {

    /** The last migration before polls and meetings shared one place. */
    private static final String BEFORE_SHARED_PLACE = "21";

    @Test
    void pollsSentBeforeTheMigrationKeepTheirPlaceAndTakeTheirBodysLanguages() {
        DataSource database = new SimpleDriverDataSource(
                new Driver(), "jdbc:h2:mem:poll-place-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(database)
                .target(BEFORE_SHARED_PLACE)
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update(
                "insert into body (slug, name, kind, languages_offered) values ('dac', 'DAC', 'ADVISORY', 'es,vi')");
        long body = jdbc.queryForObject("select id from body where slug = 'dac'", Long.class);
        jdbc.update("""
                insert into availability_poll (body_id, title, duration_minutes, time_zone, format, location, online_url,
                    public_meeting, deadline_at, status, created_at)
                values (?, 'Hybrid forum', 90, 'America/Denver', 'HYBRID', 'Education Center',
                    'https://meet.example.org/dac', true, current_timestamp, 'OPEN', current_timestamp)""", body);
        jdbc.update("""
                insert into availability_poll (body_id, title, duration_minutes, time_zone, format, location, online_url,
                    public_meeting, deadline_at, status, created_at)
                values (?, 'Old poll', 60, 'America/Denver', null, 'Golden High School', null, false,
                    current_timestamp, 'OPEN', current_timestamp)""", body);

        Flyway.configure().dataSource(database).load().migrate();

        Map<String, Object> hybrid = jdbc.queryForMap("select * from availability_poll where title = 'Hybrid forum'");
        assertThat(hybrid)
                .containsEntry("FORMAT", "HYBRID")
                .containsEntry("LOCATION", "Education Center")
                .containsEntry("ONLINE_URL", "https://meet.example.org/dac")
                .containsEntry("DURATION_MINUTES", 90)
                .containsEntry("LANGUAGES_OFFERED", "es,vi");
        assertThat(hybrid.get("ROOM")).isNull();
        assertThat(hybrid.get("ACCESS_NOTES")).isNull();
        assertThat(hybrid.get("DIAL_IN")).isNull();
        Map<String, Object> old = jdbc.queryForMap("select * from availability_poll where title = 'Old poll'");
        assertThat(old)
                .containsEntry("FORMAT", "IN_PERSON")
                .containsEntry("LOCATION", "Golden High School")
                .containsEntry("PUBLIC_MEETING", false)
                .containsEntry("LANGUAGES_OFFERED", "es,vi");
    }
}
