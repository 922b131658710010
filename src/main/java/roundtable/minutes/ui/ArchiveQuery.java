package roundtable.minutes.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the archive shows, kept in the address so a search can be shared and survives a reload:
 * {@code /minutes?q=budget&body=dac&from=2026-01-01&to=2026-06-30}. Anything unreadable is
 * left out rather than shown as an error; dates the wrong way round are turned round.
 */
record ArchiveQuery(String words, String bodySlug, LocalDate from, LocalDate to) {

    static final int MAX_WORDS = 200;

    ArchiveQuery {
        words = words == null ? "" : words.strip();
        if (words.length() > MAX_WORDS) {
            words = words.substring(0, MAX_WORDS);
        }
        bodySlug = bodySlug == null || bodySlug.isBlank() ? null : bodySlug;
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate earlier = to;
            to = from;
            from = earlier;
        }
    }

    static ArchiveQuery from(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        return new ArchiveQuery(
                first(values, "q"), first(values, "body"), date(first(values, "from")), date(first(values, "to")));
    }

    QueryParameters toParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (!words.isEmpty()) {
            values.put("q", words);
        }
        if (bodySlug != null) {
            values.put("body", bodySlug);
        }
        if (from != null) {
            values.put("from", from.toString());
        }
        if (to != null) {
            values.put("to", to.toString());
        }
        return QueryParameters.simple(values);
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return day.getYear() >= 1900 && day.getYear() <= 2200 ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> values, String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }
}
