package roundtable.meetings.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the calendar shows, kept in the address so it can be shared and survives a reload:
 * {@code /meetings?view=month&month=2026-12&body=dac}. Anything unreadable falls back to the
 * list of all groups' meetings, or this month.
 */
record CalendarQuery(boolean monthView, YearMonth month, String bodySlug) {

    static CalendarQuery from(QueryParameters parameters, YearMonth thisMonth) {
        Map<String, List<String>> values = parameters.getParameters();
        boolean month = "month".equals(first(values, "view"));
        YearMonth shown = thisMonth;
        String asked = first(values, "month");
        if (asked != null) {
            try {
                YearMonth parsed = YearMonth.parse(asked);
                // Years the calendar can page through and the database can compare; others are typos.
                if (parsed.getYear() >= 1900 && parsed.getYear() <= 2200) {
                    shown = parsed;
                }
            } catch (DateTimeParseException e) {
                // A hand-edited address: show this month rather than an error.
            }
        }
        String body = first(values, "body");
        return new CalendarQuery(month, shown, body == null || body.isBlank() ? null : body);
    }

    /** The month is written out even when it is this one, so a shared link shows the same month later. */
    QueryParameters toParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (monthView) {
            values.put("view", "month");
            values.put("month", month.toString());
        }
        if (bodySlug != null) {
            values.put("body", bodySlug);
        }
        return QueryParameters.simple(values);
    }

    CalendarQuery withMonthView(boolean month) {
        return new CalendarQuery(month, this.month, bodySlug);
    }

    CalendarQuery withMonth(YearMonth shown) {
        return new CalendarQuery(monthView, shown, bodySlug);
    }

    CalendarQuery withBody(String slug) {
        return new CalendarQuery(monthView, month, slug);
    }

    private static String first(Map<String, List<String>> values, String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }
}
