package roundtable.languageservices.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.YearMonth;
import java.util.Locale;
import roundtable.base.i18n.Dates;
import roundtable.languageservices.LanguageDemand;

/**
 * Interpretation requests per month as a list of bars in plain HTML and CSS. Each bar's number is
 * written beside it and each month says in words whether it is past or coming, so the bars add a
 * picture but never carry anything alone; a screen reader reads a list of months with their counts.
 */
class DemandChart extends UnorderedList {

    private static final long serialVersionUID = 1L;

    DemandChart(LanguageDemand demand) {
        addClassName("demand-chart");
        setId("demand-chart");
        Locale locale = getLocale();
        long scale = demand.busiestMonth();
        for (YearMonth month : demand.months()) {
            long requests = demand.monthTotal(month).requests();
            Span label = new Span(Dates.month(month, locale) + " ");
            label.addClassName("demand-chart-month");
            label.add(DemandTable.periodBadge(this, demand.period(month)));
            Span bar = new Span();
            bar.addClassName("demand-bar");
            bar.getStyle().setWidth(String.format(Locale.ROOT, "%.1f%%", 100.0 * requests / scale));
            Span track = new Span(bar);
            track.addClassName("demand-bar-track");
            // The bar repeats the number beside it: nothing for a screen reader to say twice.
            track.getElement().setAttribute("aria-hidden", "true");
            Span value = new Span(getTranslation("demand.chart.requests", requests));
            value.addClassName("demand-chart-value");
            ListItem item = new ListItem(label, track, value);
            item.addClassName(DemandTable.periodClass(demand.period(month)));
            add(item);
        }
    }
}
