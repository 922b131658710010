package roundtable.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import roundtable.base.i18n.Dates;
import roundtable.base.ui.FileLinks;
import roundtable.base.ui.PagedList;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.meetings.CalendarEntry;
import roundtable.meetings.MeetingCalendarService;

/**
 * The public meeting calendar: a list of what is coming (a page at a time from the database,
 * growing with the page rather than scrolling inside it) or a month, for all groups or one. What
 * is shown lives in the address ({@link CalendarQuery}), so it can be shared. Closed meetings show only that they happen.
 */
@Route("meetings")
@Menu(title = "nav.meetings", order = 2, icon = "vaadin:calendar")
@AnonymousAllowed
class MeetingsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final MeetingCalendarService calendar;
    private final Map<Long, BodySummary> bodies;
    private final List<BodySummary> activeBodies;
    private final Button listButton = new Button();
    private final Button monthButton = new Button();
    private final Select<BodySummary> bodyFilter = new Select<>();
    private final Div subscribe = new Div();
    private final Div list = new Div();
    private final PagedList<CalendarEntry> upcoming;
    private final MonthCalendar month;
    private CalendarQuery query;

    MeetingsView(MeetingCalendarService calendar, CommitteeService committees) {
        this.calendar = calendar;
        this.bodies = committees.bodiesById();
        this.activeBodies = committees.activeBodies();
        addClassName("page");
        addClassName("meetings-page");

        // A segmented control of two toggle buttons: Vaadin's tabs fail axe (a tablist with a scroller inside).
        listButton.setText(getTranslation("meetings.view.list"));
        listButton.setId("view-list");
        listButton.addClickListener(e -> go(query.withMonthView(false)));
        monthButton.setText(getTranslation("meetings.view.month"));
        monthButton.setId("view-month");
        monthButton.addClickListener(e -> go(query.withMonthView(true)));
        Div views = new Div(listButton, monthButton);
        views.addClassName("segmented");
        views.setId("calendar-views");
        views.getElement().setAttribute("role", "group");
        views.getElement().setAttribute("aria-label", getTranslation("meetings.view"));

        bodyFilter.setId("body-filter");
        bodyFilter.setLabel(getTranslation("meetings.filter.body"));
        bodyFilter.setItems(activeBodies);
        bodyFilter.setItemLabelGenerator(b -> b == null ? getTranslation("meetings.filter.all") : b.name());
        bodyFilter.setEmptySelectionAllowed(true);
        bodyFilter.setEmptySelectionCaption(getTranslation("meetings.filter.all"));
        bodyFilter.addValueChangeListener(e ->
                go(query.withBody(e.getValue() == null ? null : e.getValue().slug())));

        Div toolbar = new Div(views, bodyFilter);
        toolbar.addClassName("calendar-toolbar");
        subscribe.addClassName("subscribe");
        upcoming = new PagedList<>(
                        this::card,
                        getTranslation("meetings.list.more"),
                        (shown, total) -> getTranslation("meetings.list.shown", shown, total))
                .named("meetings-list", getTranslation("meetings.list.label"));
        list.addClassName("meetings-list");
        month = new MonthCalendar(
                () -> go(query.withMonth(query.month().minusMonths(1))),
                () -> go(query.withMonth(calendar.thisMonth())),
                () -> go(query.withMonth(query.month().plusMonths(1))));
        add(
                new H1(getTranslation("meetings.title")),
                new Paragraph(getTranslation("meetings.intro")),
                toolbar,
                list,
                month,
                subscribe);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = CalendarQuery.from(event.getLocation().getQueryParameters(), calendar.thisMonth());
        BodySummary body = activeBodies.stream()
                .filter(b -> b.slug().equals(query.bodySlug()))
                .findFirst()
                .orElse(null);
        if (body == null) {
            query = query.withBody(null);
        }
        // The query is set first, so the filter's change listener sees nothing new and does not navigate.
        pressed(listButton, !query.monthView());
        pressed(monthButton, query.monthView());
        bodyFilter.setValue(body);
        Long bodyId = body == null ? null : body.id();
        list.setVisible(!query.monthView());
        month.setVisible(query.monthView());
        if (query.monthView()) {
            month.show(query.month(), calendar.today(), calendar.month(query.month(), bodyId), bodies);
        } else {
            showList(bodyId);
        }
        showSubscribeLinks(body);
    }

    /** The chosen view is filled and announced as pressed: not told by colour alone. */
    private static void pressed(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        button.addThemeVariants(on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
    }

    private void showList(Long bodyId) {
        list.removeAll();
        list.add(new H2(getTranslation("meetings.list.label")));
        long count = calendar.countUpcoming(bodyId);
        if (count == 0) {
            list.add(new Paragraph(getTranslation("meetings.none")));
            return;
        }
        upcoming.show((offset, limit) -> calendar.upcoming(bodyId, offset, limit), count);
        list.add(upcoming);
    }

    private Component card(CalendarEntry entry) {
        BodySummary body = bodies.get(entry.bodyId());
        String shortName = body == null ? "" : body.shortName();
        Div card;
        if (entry.closed()) {
            card = new Div(new H3(new RouterLink(
                    getTranslation("meeting.closed-title", shortName), MeetingView.class, entry.meetingId())));
            card.addClassName("card");
            Paragraph when = new Paragraph(Dates.dateTime(entry.startsAt(), getLocale()));
            when.addClassName("meeting-when");
            card.add(when);
        } else {
            card = new MeetingCard(entry.details(), shortName);
        }
        // Cards of open meetings say so themselves (the same card is on the home and committee pages).
        if (entry.cancelled() && entry.closed()) {
            Span cancelled = new Span(getTranslation("meetings.cancelled"));
            cancelled.addClassNames("badge", "badge-attention");
            card.addComponentAsFirst(cancelled);
            card.addClassName("cancelled");
        }
        return card;
    }

    private void showSubscribeLinks(BodySummary body) {
        subscribe.removeAll();
        subscribe.add(
                FileLinks.paragraph("feeds/meetings.ics", getTranslation("meetings.subscribe.all"), "subscribe-all"));
        if (body != null) {
            subscribe.add(FileLinks.paragraph(
                    "feeds/committees/" + body.slug() + ".ics",
                    getTranslation("meetings.subscribe.body", body.shortName()),
                    "subscribe-body"));
        }
        Paragraph help = new Paragraph(getTranslation("meetings.subscribe.help"));
        help.addClassName("meta");
        subscribe.add(help);
    }

    /** Shows another view, month or group by changing the address; nothing happens if it already shows it. */
    private void go(CalendarQuery next) {
        if (query == null || Objects.equals(next, query)) {
            return;
        }
        UI.getCurrent().navigate(MeetingsView.class, next.toParameters());
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "meetings.title");
    }
}
