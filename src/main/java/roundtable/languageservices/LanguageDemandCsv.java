package roundtable.languageservices;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import roundtable.base.i18n.LanguageNames;

/**
 * Interpretation demand as a spreadsheet, one row per month and language (long form, so a
 * spreadsheet can pivot or chart it), then each month's total over all languages, which has no
 * language code. Every cell is a month, a word of ours or a number, so nothing needs formula quoting.
 */
final class LanguageDemandCsv {

    static final String[] COLUMNS = {
        "month", "period", "language_code", "language", "requests", "meetings", "confirmed", "unable"
    };
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get();

    private LanguageDemandCsv() {}

    static String write(LanguageDemand demand, Locale reader, String allLanguages) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (YearMonth month : demand.months()) {
                String period =
                        demand.period(month).name().toLowerCase(Locale.ROOT).replace('_', '-');
                for (String language : demand.languages()) {
                    print(
                            csv,
                            month,
                            period,
                            language,
                            LanguageNames.of(language, reader),
                            demand.interpretation(month, language));
                }
                print(csv, month, period, "", allLanguages, demand.monthTotal(month));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void print(
            CSVPrinter csv, YearMonth month, String period, String code, String name, LanguageDemand.Count count)
            throws IOException {
        csv.printRecord(
                month, period, code, name, count.requests(), count.meetings(), count.confirmed(), count.unable());
    }
}
