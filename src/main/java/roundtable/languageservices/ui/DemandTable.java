package roundtable.languageservices.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.LanguageNames;
import roundtable.languageservices.LanguageDemand;

/**
 * The demand tables: real HTML tables with a caption and row and column headers, so a screen
 * reader names the month and the language of every number. Each sits in its own scrolling box:
 * on a phone the table scrolls sideways, the page does not, and the month column stays in view.
 */
class DemandTable extends Div {

    private static final long serialVersionUID = 1L;

    private final NativeTable table = new NativeTable();

    /** A scrolling box is reached by keyboard (so it scrolls without a mouse) and named by its table's caption. */
    private DemandTable(String caption, String id) {
        addClassName("table-scroll");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption);
        table.addClassName("demand-table");
        table.setId(id);
        table.setCaptionText(caption);
        // Shown by the heading above the box instead: a caption is as wide as its table, so on a phone
        // most of it would scroll out of sight.
        table.getCaption().addClassName("visually-hidden");
        add(table);
    }

    /** Months down, languages across, totals at the end of each row and in the footer. */
    static DemandTable interpretation(LanguageDemand demand, String caption) {
        DemandTable box = new DemandTable(caption, "interpretation-table");
        box.fillInterpretation(demand);
        return box;
    }

    /** Languages down; the requests, the meetings and how many were arranged across. */
    static DemandTable translation(LanguageDemand demand, String caption) {
        DemandTable box = new DemandTable(caption, "translation-table");
        box.fillTranslation(demand);
        return box;
    }

    private void fillInterpretation(LanguageDemand demand) {
        Locale locale = getLocale();
        NativeTableRow head = table.getHead().addRow();
        column(head, getTranslation("demand.month"));
        for (String language : demand.languages()) {
            column(head, LanguageNames.of(language, locale));
        }
        column(head, getTranslation("demand.total"));
        for (YearMonth month : demand.months()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName(periodClass(demand.period(month)));
            NativeTableHeaderCell name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(new Span(Dates.month(month, locale) + " "), periodBadge(this, demand.period(month)));
            for (String language : demand.languages()) {
                figures(row.addDataCell(), demand.interpretation(month, language));
            }
            figures(row.addDataCell(), demand.monthTotal(month)).addClassName("demand-total");
        }
        NativeTableRow foot = table.getFoot().addRow();
        rowHeader(foot, getTranslation("demand.all-months"));
        for (String language : demand.languages()) {
            figures(foot.addDataCell(), demand.languageTotal(language));
        }
        figures(foot.addDataCell(), demand.total()).addClassName("demand-total");
    }

    private void fillTranslation(LanguageDemand demand) {
        NativeTableRow head = table.getHead().addRow();
        for (String key :
                List.of("demand.language", "demand.requests", "demand.meetings", "demand.confirmed", "demand.unmet")) {
            column(head, getTranslation(key));
        }
        for (String language : demand.translationLanguages()) {
            numbers(table.getBody().addRow(), LanguageNames.of(language, getLocale()), demand.translation(language));
        }
        numbers(table.getFoot().addRow(), getTranslation("demand.all-languages"), demand.translationTotal());
    }

    static Span periodBadge(Component view, LanguageDemand.Period period) {
        Span badge = new Span(view.getTranslation(period.messageKey()));
        badge.addClassNames("badge", "period-badge");
        return badge;
    }

    static String periodClass(LanguageDemand.Period period) {
        return "period-" + period.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The number of requests, and under it (when there are any) the meetings and what became of them,
     * a short line each so the columns stay narrow enough for a desktop to show them all.
     */
    private NativeTableCell figures(NativeTableCell cell, LanguageDemand.Count count) {
        Span requests = new Span(String.valueOf(count.requests()));
        requests.addClassName("demand-count");
        cell.add(requests);
        if (count.requests() > 0) {
            cell.add(
                    detail("demand.cell.meetings", count.meetings()),
                    detail("demand.cell.confirmed", count.confirmed()),
                    detail("demand.cell.unmet", count.unable()));
        } else {
            cell.addClassName("demand-none");
        }
        return cell;
    }

    private Span detail(String key, long figure) {
        Span line = new Span(getTranslation(key, figure));
        line.addClassName("demand-detail");
        return line;
    }

    private static void numbers(NativeTableRow row, String name, LanguageDemand.Count count) {
        rowHeader(row, name);
        for (long figure : new long[] {count.requests(), count.meetings(), count.confirmed(), count.unable()}) {
            row.addDataCell().setText(String.valueOf(figure));
        }
    }

    private static void column(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", "col");
        cell.setText(text);
    }

    private static void rowHeader(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", "row");
        cell.setText(text);
    }
}
