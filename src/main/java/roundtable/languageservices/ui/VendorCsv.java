package roundtable.languageservices.ui;

import static roundtable.base.SpreadsheetCells.safe;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import roundtable.attendance.MeetingFacts;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.LanguageNames;
import roundtable.languageservices.VendorRow;

/** The vendor's spreadsheet, with headings and names in the coordinator's language. */
final class VendorCsv {

    private static final List<String> COLUMNS = List.of(
            "date",
            "start",
            "end",
            "time-zone",
            "committee",
            "meeting",
            "format",
            "address",
            "room",
            "join-link",
            "dial-in",
            "service",
            "language",
            "mode",
            "people",
            "confirmed",
            "assigned");

    private final Component reader;
    private final Locale locale;

    /** The locale is taken while the page is drawn: the download itself runs outside the page's request. */
    VendorCsv(Component reader, Locale locale) {
        this.reader = reader;
        this.locale = locale;
    }

    private String t(String key) {
        return reader.getTranslation(locale, key);
    }

    String write(List<VendorRow> rows) {
        StringWriter out = new StringWriter();
        String[] header = COLUMNS.stream().map(c -> t("desk.csv." + c)).toArray(String[]::new);
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (VendorRow row : rows) {
                MeetingFacts m = row.meeting();
                var start = m.startsAt();
                csv.printRecord(Stream.of(
                                Dates.date(start.toLocalDate(), locale),
                                Dates.time(start, locale),
                                Dates.time(start.plusMinutes(m.durationMinutes()), locale),
                                m.timeZone(),
                                safe(m.bodyName()),
                                safe(m.title()),
                                t(m.format().messageKey()),
                                safe(m.location()),
                                safe(m.room()),
                                safe(row.joinLink()),
                                safe(row.dialIn()),
                                t(row.kind().messageKey()),
                                LanguageNames.of(row.languageTag(), locale),
                                row.mode() == null ? "" : t(row.mode().messageKey()),
                                String.valueOf(row.people()),
                                String.valueOf(row.confirmed()),
                                safe(String.join(", ", row.interpreterNames())))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
