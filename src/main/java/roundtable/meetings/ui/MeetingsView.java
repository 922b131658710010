package roundtable.meetings.ui;

import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;

/** The public meeting calendar, paged from the database as the reader scrolls. */
@Route("meetings")
@Menu(title = "nav.meetings", order = 2, icon = "vaadin:calendar")
@AnonymousAllowed
class MeetingsView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    MeetingsView(MeetingService meetings, CommitteeService committees) {
        addClassName("page");
        Map<Long, BodySummary> bodies = committees.bodiesById();
        Grid<MeetingSummary> grid = new Grid<>();
        grid.addComponentColumn(m -> new MeetingCard(m, name(bodies, m.bodyId())))
                .setHeader(getTranslation("meetings.upcoming"));
        grid.setItems(q -> meetings.upcomingPublic(q.getOffset(), q.getLimit()).stream(),
                q -> (int) meetings.countUpcomingPublic());
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("meetings.upcoming"));
        grid.setId("meetings-grid");
        grid.addClassName("card-grid");
        add(new H1(getTranslation("meetings.title")), new Paragraph(getTranslation("meetings.intro")), grid);
    }

    private static String name(Map<Long, BodySummary> bodies, long id) {
        BodySummary body = bodies.get(id);
        return body == null ? "" : body.shortName();
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "meetings.title");
    }
}
