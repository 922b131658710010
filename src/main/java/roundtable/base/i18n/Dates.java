package roundtable.base.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times written the way each language writes them, always with the zone name,
 * so "7:00 PM" is never ambiguous for someone reading from elsewhere.
 */
public final class Dates {

    private Dates() {}

    public static String dateTime(ZonedDateTime when, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(when) + ", " + time(when, locale);
    }

    public static String time(ZonedDateTime when, Locale locale) {
        // "zzz" names the zone as it is at that instant: MST in winter, MDT in summer. The US
        // abbreviations are what every reader in the district sees on clocks and notices; some
        // other locales' data would print MST all year.
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(when) + " "
                + DateTimeFormatter.ofPattern("zzz", Locale.US).format(when);
    }

    /** "Tuesday, March 16, 2027, 6:30 PM MDT – 8:00 PM MDT": when a meeting starts and when it ends. */
    public static String span(ZonedDateTime start, int minutes, Locale locale) {
        return dateTime(start, locale) + " – " + time(start.plusMinutes(minutes), locale);
    }

    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(day);
    }

    /** "November 2026", "Noviembre de 2026": a month as each language names it, capitalised to start a line. */
    public static String month(YearMonth month, Locale locale) {
        String text =
                DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale).format(month);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
