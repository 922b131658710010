package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.base.EmailAddresses;
import roundtable.base.PlainText;
import roundtable.committees.RosterImport;
import roundtable.people.PersonLimits;

/** A chair's roster spreadsheet with whatever its cells hold: the preview names each problem and saves nothing. */
@IntegrationTest
class RosterImportBadInputTest extends BadInputSupport {

    @Autowired
    RosterImport csv;

    @Test
    void everyRowThePreviewAcceptsWouldSaveAndEveryOtherSaysWhy() {
        long caac = committees.findBySlug("caac").orElseThrow().id();
        Gen<String> date = Gen.oneOf(NastyInput.field(), NastyInput.date().map(LocalDate::toString));
        Fuzz.checkOneWay(100, t -> {
            List<String> cells = List.of(
                    t.draw("name", NastyInput.field()),
                    t.draw("email", NastyInput.email()),
                    t.draw("phone", NastyInput.field()),
                    t.draw("language", NastyInput.field()),
                    t.draw("affiliation", NastyInput.field()),
                    t.draw("seat", Gen.oneOf(Gen.of("Community member"), NastyInput.text())),
                    t.draw("position", NastyInput.field()),
                    t.draw("term_start", date),
                    t.draw("term_end", date));
            String file = csv(cells);
            var preview = Refusals.attempt(
                    jdbc,
                    new String[] {"person", "membership"},
                    () -> RunAs.as(
                            users,
                            "admin@example.org",
                            () -> csv.preview(
                                    caac, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), n -> {})));
            preview.ifPresent(p -> p.rows().forEach(row -> {
                row.problems()
                        .forEach(problem -> Refusals.assertSaysIt(
                                problem.messageKey(), problem.arguments().toArray()));
                if (row.importable()) {
                    assertThat(PlainText.acceptable(row.name(), false)).isTrue();
                    assertThat(row.name()).hasSizeLessThanOrEqualTo(PersonLimits.NAME);
                    assertThat(EmailAddresses.wellFormed(row.email())).isTrue();
                    assertThat(PlainText.acceptable(row.phone(), false)).isTrue();
                    assertThat(row.phone()).hasSizeLessThanOrEqualTo(PersonLimits.PHONE);
                    assertThat(row.affiliation()).hasSizeLessThanOrEqualTo(PersonLimits.AFFILIATION);
                }
            }));
        });
    }

    private static String csv(List<String> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(
                    "name", "email", "phone", "language", "affiliation", "seat", "position", "term_start", "term_end");
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
