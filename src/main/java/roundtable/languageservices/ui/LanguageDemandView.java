package roundtable.languageservices.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Dates;
import roundtable.base.security.Role;
import roundtable.base.ui.FieldErrors;
import roundtable.base.ui.Titles;
import roundtable.languageservices.LanguageDemand;
import roundtable.languageservices.LanguageDemandService;

/**
 * Interpretation demand at a glance, for the coordinator and administrators to plan staffing:
 * requests per month as bars, by month and language as a table, written translation by language,
 * and the table as a CSV file. The months come from the address. Reached from the language
 * services pages, not the menu.
 */
@Route(LanguageServicesNav.DEMAND)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
class LanguageDemandView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    /** How far back and ahead the month lists reach beyond the months shown. */
    static final int YEARS_BACK = 5;

    static final int YEARS_AHEAD = 2;

    private final LanguageDemandService demand;
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Div content = new Div();
    private DemandRange range;

    LanguageDemandView(LanguageDemandService demand) {
        this.demand = demand;
        addClassNames("page", "demand-page");
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItemLabelGenerator(m -> m == null ? "" : Dates.month(m, getLocale()));
        }
        from.setLabel(getTranslation("demand.from"));
        from.setId("demand-from");
        // Filling the lists on entering clears and sets the values: go() then sees nothing new and stays.
        from.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                go(range.withFrom(e.getValue()));
            }
        });
        to.setLabel(getTranslation("demand.to"));
        to.setId("demand-to");
        to.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                go(range.withTo(e.getValue()));
            }
        });
        // Read now: the download is its own request, outside the page's UI, where the reader's language is unknown.
        Locale reader = getLocale();
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = demand.csv(range.from(), range.to(), reader).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv),
                            "interpretation-demand-" + range.from() + "-to-" + range.to() + ".csv",
                            "text/csv;charset=UTF-8",
                            csv.length);
                }),
                getTranslation("demand.download"));
        download.setId("demand-download");
        Div controls = new Div(from, to, download);
        controls.addClassName("demand-controls");
        add(
                new H1(getTranslation("demand.title")),
                new LanguageServicesNav(LanguageServicesNav.DEMAND),
                new Paragraph(getTranslation("demand.intro")),
                controls,
                content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth thisMonth = demand.thisMonth();
        range = DemandRange.from(event.getLocation().getQueryParameters(), thisMonth);
        List<YearMonth> months = new ArrayList<>();
        YearMonth first = min(range.from(), thisMonth.minusYears(YEARS_BACK));
        YearMonth last = max(range.to(), thisMonth.plusYears(YEARS_AHEAD));
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        from.setItems(months);
        to.setItems(months);
        from.setValue(range.from());
        to.setValue(range.to());
        from.setInvalid(false);
        to.setInvalid(false);
        show();
    }

    private void show() {
        content.removeAll();
        LanguageDemand shown;
        try {
            shown = demand.demand(range.from(), range.to());
        } catch (RuleViolationException refused) {
            FieldErrors.show(this, refused, Map.of("from", from, "to", to));
            return;
        }
        Locale locale = getLocale();
        String period =
                getTranslation("demand.range", Dates.month(range.from(), locale), Dates.month(range.to(), locale));
        if (shown.total().requests() == 0 && shown.translationTotal().requests() == 0) {
            Paragraph none = new Paragraph(getTranslation("demand.none"));
            none.setId("demand-none");
            content.add(none);
        }
        Paragraph howToRead = new Paragraph(getTranslation("demand.table.help"));
        howToRead.addClassName("meta");
        content.add(
                new H2(getTranslation("demand.chart.title")),
                new DemandChart(shown),
                new H2(getTranslation("demand.table.title")),
                howToRead,
                DemandTable.interpretation(shown, getTranslation("demand.table.caption", period)),
                new H2(getTranslation("demand.translation.title")),
                DemandTable.translation(shown, getTranslation("demand.translation.caption", period)));
    }

    /** Shows other months by changing the address, so the range can be shared and survives a reload. */
    private void go(DemandRange next) {
        if (range == null || Objects.equals(next, range)) {
            return;
        }
        UI.getCurrent().navigate(LanguageDemandView.class, next.toParameters());
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "demand.title");
    }
}
