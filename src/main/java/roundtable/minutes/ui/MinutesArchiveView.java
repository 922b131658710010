package roundtable.minutes.ui;

import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import roundtable.base.i18n.Dates;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.minutes.MinutesService;
import roundtable.minutes.MinutesSummary;

/** Every published record, newest meeting first, paged from the database. */
@Route("minutes")
@Menu(title = "nav.minutes", order = 3, icon = "vaadin:book")
@AnonymousAllowed
class MinutesArchiveView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    MinutesArchiveView(MinutesService minutes, CommitteeService committees) {
        addClassName("page");
        Map<Long, BodySummary> bodies = committees.bodiesById();
        Grid<MinutesSummary> grid = new Grid<>();
        grid.addColumn(m -> Dates.date(m.meetingDate(), getLocale())).setHeader(getTranslation("minutes.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> bodies.containsKey(m.bodyId()) ? bodies.get(m.bodyId()).shortName() : "")
                .setHeader(getTranslation("minutes.body")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> new RouterLink(m.title(), MinutesView.class, m.id()))
                .setHeader(getTranslation("minutes.meeting"));
        grid.setItems(q -> minutes.published(q.getOffset(), q.getLimit()).stream(), q -> (int) minutes.countPublished());
        grid.setAriaLabel(getTranslation("minutes.title"));
        grid.setId("minutes-grid");
        add(new H1(getTranslation("minutes.title")), new Paragraph(getTranslation("minutes.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "minutes.title");
    }
}
