package roundtable.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.ThreadStatementCounter;

/**
 * A body of 500 members in a directory of 5,000 people: the roster page's data comes in
 * the same small number of SQL statements as for a body of ten (counted by Hibernate on the
 * test's thread; see ThreadStatementCounter).
 */
@IntegrationTest
class RosterScaleIntegrationTest {

    static final int PEOPLE = 5_000;
    static final int MEMBERS = 500;
    static final int MAX_STATEMENTS = 5;

    @Autowired
    CommitteeService committees;

    @Autowired
    BodyEditor bodyEditor;

    @Autowired
    RosterReader rosters;

    @Autowired
    RosterService roster;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin@example.org")
    void theRosterPageNeedsAtMostFiveStatementsWhateverTheSize() {
        long bodyId = bodyEditor.createBody(new NewBody(
                "Scale test assembly",
                "STA",
                "scale-test-assembly",
                BodyKind.OPEN_ALLIANCE,
                "<p>Many members</p>",
                true,
                null,
                List.of("es")));
        try {
            long groupId = bodyEditor.addSeatGroup(bodyId, new SeatGroupData("Delegate", 500, true, 24, null));
            long firstPerson = insertPeople();
            insertMembers(bodyId, groupId, firstPerson);

            long overviewAndFirstPage = statements(() -> {
                RosterOverview overview = roster.overview(bodyId);
                assertThat(overview.seatGroups().getFirst().filled()).isEqualTo(MEMBERS);
                assertThat(roster.members(bodyId, null, 0, 50)).hasSize(50);
                return roster.countMembers(bodyId, null);
            });
            long laterPage =
                    statements(() -> roster.members(bodyId, groupId, 450, 50).size());
            long publicRoster = statements(() -> rosters.publicRoster(bodyId).orElseThrow());

            System.out.printf(
                    "Roster of %d members among %d people: overview + first page %d statements, "
                            + "a later page %d, the public roster %d%n",
                    MEMBERS, PEOPLE, overviewAndFirstPage, laterPage, publicRoster);
            assertThat(overviewAndFirstPage).isLessThanOrEqualTo(MAX_STATEMENTS);
            assertThat(laterPage).isLessThanOrEqualTo(2);
            assertThat(publicRoster).isLessThanOrEqualTo(MAX_STATEMENTS);
        } finally {
            // Keep the shared demo world as other tests expect it: the test body is archived.
            BodySummary body = committees.find(bodyId).orElseThrow();
            BodySettings s = body.settings();
            bodyEditor.configureBody(
                    bodyId,
                    body.version(),
                    new BodySettings(
                            s.name(),
                            s.acronym(),
                            s.kind(),
                            s.descriptionHtml(),
                            s.rosterPublic(),
                            s.contactsVisible(),
                            s.quorumFixed(),
                            s.languagesOffered(),
                            s.timeRules(),
                            false));
        }
    }

    private static long statements(Supplier<?> work) {
        ThreadStatementCounter.reset();
        work.get();
        return ThreadStatementCounter.count();
    }

    private long insertPeople() {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            rows.add(new Object[] {
                "Scale Person " + i, "scale.person." + i + "@example.org", i % 3 == 0 ? "es" : "en", i % 2 == 0, now
            });
        }
        jdbc.batchUpdate(
                "insert into person (full_name, email, preferred_language, public_consent, created_at) "
                        + "values (?, ?, ?, ?, ?)",
                rows);
        return jdbc.queryForObject("select min(id) from person where email like 'scale.person.%'", Long.class);
    }

    private void insertMembers(long bodyId, long groupId, long firstPerson) {
        LocalDate start = LocalDate.now().minusMonths(1);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            rows.add(new Object[] {bodyId, groupId, firstPerson + i * 7L, "MEMBER", Date.valueOf(start)});
        }
        jdbc.batchUpdate(
                "insert into membership (body_id, seat_group_id, person_id, position, term_start) "
                        + "values (?, ?, ?, ?, ?)",
                rows);
    }
}
