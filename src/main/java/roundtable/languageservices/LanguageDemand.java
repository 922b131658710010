package roundtable.languageservices;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interpretation demand by month and language over a range of months, and written translation by
 * language over the whole range: counts only, so it reads the same after people's details are
 * anonymised. Months are those of the meetings, on their own calendars.
 *
 * @param languages    the columns: the offered languages in the district's order, then any other
 *                     language still found in old requests
 * @param interpretation per month, per language; a missing entry is {@link Count#NONE}
 * @param monthTotals  per month, all languages (a meeting needing two languages is one meeting)
 * @param languageTotals per language, all months
 */
public record LanguageDemand(
        List<YearMonth> months,
        YearMonth thisMonth,
        List<String> languages,
        Map<YearMonth, Map<String, Count>> interpretation,
        Map<YearMonth, Count> monthTotals,
        Map<String, Count> languageTotals,
        Count total,
        List<String> translationLanguages,
        Map<String, Count> translation,
        Count translationTotal) {

    /**
     * People who asked (one request each per meeting), the meetings that needed the language, and
     * how many requests were confirmed or could not be arranged; the rest are still being arranged,
     * or for a past meeting were never marked either way.
     */
    public record Count(long requests, long meetings, long confirmed, long unable) {

        public static final Count NONE = new Count(0, 0, 0, 0);
    }

    /** Whether a month is behind, is, or is ahead of this one: the page says so in words. */
    public enum Period {
        PAST,
        THIS_MONTH,
        COMING;

        public String messageKey() {
            return "demand.period." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Count interpretation(YearMonth month, String language) {
        return interpretation.getOrDefault(month, Map.of()).getOrDefault(language, Count.NONE);
    }

    public Count monthTotal(YearMonth month) {
        return monthTotals.getOrDefault(month, Count.NONE);
    }

    public Count languageTotal(String language) {
        return languageTotals.getOrDefault(language, Count.NONE);
    }

    public Count translation(String language) {
        return translation.getOrDefault(language, Count.NONE);
    }

    public Period period(YearMonth month) {
        int order = month.compareTo(thisMonth);
        return order < 0 ? Period.PAST : order == 0 ? Period.THIS_MONTH : Period.COMING;
    }

    /** The month with the most requests sets the scale of a chart; at least one, so nothing divides by zero. */
    public long busiestMonth() {
        return Math.max(
                1,
                monthTotals.values().stream().mapToLong(Count::requests).max().orElse(0));
    }
}
