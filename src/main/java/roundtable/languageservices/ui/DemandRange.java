package roundtable.languageservices.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The months the demand page shows, kept in the address ({@code ?from=2026-05&to=2027-05}) so a
 * range can be shared and survives a reload. Without one, or with one that cannot be read, six
 * months back to six ahead.
 */
record DemandRange(YearMonth from, YearMonth to) {

    static final int AROUND = 6;
    /** Months further off than this are typos in a hand-edited address, not a plan. */
    static final int FURTHEST_YEARS = 10;

    static DemandRange around(YearMonth thisMonth) {
        return new DemandRange(thisMonth.minusMonths(AROUND), thisMonth.plusMonths(AROUND));
    }

    static DemandRange from(QueryParameters parameters, YearMonth thisMonth) {
        DemandRange fallback = around(thisMonth);
        YearMonth from = month(parameters, "from", thisMonth);
        YearMonth to = month(parameters, "to", thisMonth);
        return new DemandRange(from == null ? fallback.from() : from, to == null ? fallback.to() : to);
    }

    /** Both months are written out, so a shared link shows the same months later. */
    QueryParameters toParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from.toString());
        values.put("to", to.toString());
        return QueryParameters.simple(values);
    }

    DemandRange withFrom(YearMonth month) {
        return new DemandRange(month, to);
    }

    DemandRange withTo(YearMonth month) {
        return new DemandRange(from, month);
    }

    private static YearMonth month(QueryParameters parameters, String name, YearMonth thisMonth) {
        List<String> values = parameters.getParameters().getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(values.getFirst());
            boolean near = !month.isBefore(thisMonth.minusYears(FURTHEST_YEARS))
                    && !month.isAfter(thisMonth.plusYears(FURTHEST_YEARS));
            return near ? month : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
