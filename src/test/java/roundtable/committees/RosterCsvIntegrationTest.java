package roundtable.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.RuleViolationException;
import roundtable.base.SpreadsheetCells;
import roundtable.base.i18n.Language;
import roundtable.committees.ImportRow.Outcome;
import roundtable.people.PersonData;
import roundtable.people.PersonService;

@IntegrationTest
@WithUserDetails("admin@example.org")
class RosterCsvIntegrationTest {

    @Autowired
    RosterImport csvImport;

    @Autowired
    RosterExport csvExport;

    @Autowired
    RosterService roster;

    @Autowired
    CommitteeService committees;

    @Autowired
    PersonService people;

    static final String FILE = """
            name,email,language,seat,position,term_start,term_end
            Valentina Cruz,valentina.cruz@example.org,es,Community member,member,,
            Omar Haddad,omar.haddad@example.org,en,Community member,,2026-01-01,2027-12-31
            No Seat,no.seat@example.org,en,Janitor,,,
            Bad Address,not-an-email,en,Community member,,,
            Thomas Again,thomas.grady@example.org,en,Community member,,,
            Ends Early,ends.early@example.org,en,Community member,,2026-06-01,2026-01-01
            Valentina Twice,valentina.cruz@example.org,es,Community member,,,
            """;

    long caac() {
        return committees.findBySlug("caac").orElseThrow().id();
    }

    ImportPreview preview(String file) {
        return csvImport.preview(caac(), new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), n -> {});
    }

    @Test
    void previewNamesEachRowsProblemAndSavesNothingThenConfirmSavesTheValidRowsOnce() {
        long peopleBefore = people.countAll();
        long membersBefore = roster.countMembers(caac(), null);

        ImportPreview first = preview(FILE);

        assertThat(first.rows())
                .extracting(ImportRow::outcome)
                .containsExactly(
                        Outcome.NEW_PERSON,
                        Outcome.NEW_PERSON,
                        Outcome.INVALID,
                        Outcome.INVALID,
                        Outcome.INVALID,
                        Outcome.INVALID,
                        Outcome.INVALID);
        assertThat(first.rows().get(2).problems())
                .extracting(ImportRow.Problem::messageKey)
                .containsExactly("roster.import.unknown-seat");
        assertThat(first.rows().get(3).problems())
                .extracting(ImportRow.Problem::messageKey)
                .containsExactly("validation.email");
        assertThat(first.rows().get(4).problems())
                .extracting(ImportRow.Problem::messageKey)
                .containsExactly("roster.error.overlap");
        assertThat(first.rows().get(5).problems())
                .extracting(ImportRow.Problem::messageKey)
                .containsExactly("roster.error.term-order");
        assertThat(first.rows().get(6).problems())
                .extracting(ImportRow.Problem::messageKey)
                .containsExactly("roster.import.duplicate-email");
        assertThat(people.countAll()).as("a preview saves nothing").isEqualTo(peopleBefore);

        ImportResult result = csvImport.apply(first, n -> {});
        assertThat(result.saved()).isEqualTo(2);
        assertThat(roster.countMembers(caac(), null)).isEqualTo(membersBefore + 2);
        assertThat(people.recipient("valentina.cruz@example.org").orElseThrow().language())
                .isEqualTo(Language.SPANISH);

        ImportPreview again = preview(FILE);
        assertThat(again.importable())
                .as("importing the same file again changes nothing")
                .isZero();
        assertThat(again.rows().get(0).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(csvImport.apply(again, n -> {}).saved()).isZero();
        assertThat(roster.countMembers(caac(), null)).isEqualTo(membersBefore + 2);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        Assertions.assertThatThrownBy(() -> preview("full name,mail\nA,b@example.org\n"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roster.import.missing-columns"));
    }

    @Test
    void exportNeverHandsASpreadsheetAFormula() {
        long tdpac = committees.findBySlug("tdpac").orElseThrow().id();
        SeatGroupSummary group = roster.overview(tdpac).seatGroups().getFirst();
        roster.fillSeat(
                tdpac,
                new SeatAssignment(
                        group.id(),
                        null,
                        PersonData.of(
                                        "=HYPERLINK(\"http://evil.example\",\"x\")",
                                        "formula.person@example.org",
                                        Language.ENGLISH)
                                .withAffiliation("+1 dial"),
                        Position.MEMBER,
                        LocalDate.now(ZoneId.of("America/Denver")),
                        null));

        String exported = csvExport.export(tdpac);

        assertThat(exported.lines().findFirst()).hasValue(String.join(",", RosterCsv.COLUMNS));
        assertThat(exported)
                .contains("'=HYPERLINK", "'+1 dial", "kevin.obrien@example.org")
                .doesNotContain(",=HYPERLINK", "\"=HYPERLINK");
    }

    @Test
    void cellsThatSpreadsheetsWouldRunAreQuoted() {
        assertThat(SpreadsheetCells.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetCells.safe("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.safe("Ana")).isEqualTo("Ana");
    }
}
