package roundtable.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;

/**
 * How a series repeats: weekly (every n weeks on the first meeting's weekday), monthly on the
 * same weekday of the month ("second Tuesday"; a fifth one means "last"), or monthly on the same
 * date; until a date or for a number of meetings. Expanded with ical4j, so the dates are the ones
 * any calendar app computes from the same RRULE.
 */
public record Recurrence(Pattern pattern, int interval, LocalDate until, Integer count) {

    public enum Pattern {
        WEEKLY,
        MONTHLY_BY_WEEKDAY,
        MONTHLY_BY_DATE;

        public String messageKey() {
            return "series.pattern." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'235959");

    /** The RFC 5545 rule for a series whose first meeting starts at {@code first}. */
    String rrule(LocalDateTime first) {
        StringBuilder rule = new StringBuilder();
        switch (pattern) {
            case WEEKLY -> rule.append("FREQ=WEEKLY;BYDAY=").append(weekday(first.getDayOfWeek()));
            case MONTHLY_BY_WEEKDAY ->
                rule.append("FREQ=MONTHLY;BYDAY=")
                        .append(nthOfMonth(first.toLocalDate()))
                        .append(weekday(first.getDayOfWeek()));
            case MONTHLY_BY_DATE -> rule.append("FREQ=MONTHLY;BYMONTHDAY=").append(first.getDayOfMonth());
        }
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        } else {
            rule.append(";UNTIL=").append(UNTIL.format(until));
        }
        return rule.toString();
    }

    /** The local start of every meeting in the series, the first included, at most {@code limit}. */
    List<LocalDateTime> starts(LocalDateTime first, int limit) {
        Recur<LocalDateTime> recur = new Recur<>(rrule(first));
        LocalDateTime windowEnd = until != null ? until.plusDays(1).atStartOfDay() : first.plusYears(10);
        return recur.getDates(first, first, windowEnd, limit);
    }

    /** "2" for the second Tuesday, "-1" for a fifth one, which not every month has: the last. */
    static int nthOfMonth(LocalDate date) {
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        return nth == 5 ? -1 : nth;
    }

    private static String weekday(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
