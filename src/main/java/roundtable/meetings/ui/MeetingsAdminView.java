package roundtable.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeAccess;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;

/**
 * A body's meetings for its chair and secretary: drafts, scheduled, held and cancelled, from two
 * months back, with what each can do next.
 */
@Route("manage/meetings/:slug")
@PermitAll
public class MeetingsAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final MeetingService meetings;
    private final MeetingPlanning planning;
    private final CommitteeService committees;
    private final CommitteeAccess access;
    private final Clock clock;
    private final ZoneId zone;
    private BodySummary body;

    MeetingsAdminView(
            MeetingService meetings,
            MeetingPlanning planning,
            CommitteeService committees,
            CommitteeAccess access,
            Clock clock,
            RoundtableProperties properties) {
        this.meetings = meetings;
        this.planning = planning;
        this.committees = committees;
        this.access = access;
        this.clock = clock;
        this.zone = properties.defaultTimeZone();
        addClassName("page");
    }

    static RouteParameters of(String slug) {
        return new RouteParameters("slug", slug);
    }

    static RouterLink backLink(BodySummary body) {
        RouterLink back = new RouterLink(MeetingsAdminView.class, of(body.slug()));
        back.setText(back.getTranslation("meetings-admin.back", body.shortName()));
        back.addClassName("back-link");
        return back;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        body = committees.findBySlug(slug).filter(b -> access.canRecord(b.id())).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Button create = new Button(
                getTranslation("meetings-admin.new"),
                e -> UI.getCurrent().navigate(MeetingEditorView.class, MeetingEditorView.newMeeting(body.slug())));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-meeting");
        // The find-a-time poll lives in its own feature, which depends on this one: linked by address.
        Anchor findTime = new Anchor("manage/find-a-time/" + body.slug(), getTranslation("meetings-admin.find-a-time"));
        findTime.setId("find-a-time");
        HorizontalLayout actions = new HorizontalLayout(create, findTime);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        actions.setWrap(true);
        add(
                new H1(getTranslation("meetings-admin.title", body.name())),
                new Paragraph(getTranslation("meetings-admin.intro")),
                actions);

        Grid<MeetingSummary> grid = new Grid<>();
        // One stacked cell per meeting reads the same on a phone as on a desk.
        grid.addComponentColumn(m -> {
                    Div card = new Div(when(m), what(m), next(m));
                    card.addClassName("managed-meeting");
                    return card;
                })
                .setHeader(getTranslation("meetings-admin.meeting"));
        grid.setItems(q -> meetings.meetingsToManage(body.id(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) meetings.countMeetingsToManage(body.id()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAriaLabel(getTranslation("meetings-admin.title", body.name()));
        grid.setId("managed-meetings");
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Paragraph when(MeetingSummary m) {
        Paragraph when = new Paragraph(Dates.dateTime(m.startsAt(), getLocale()));
        when.addClassName("meeting-when");
        return when;
    }

    private Div what(MeetingSummary m) {
        Div cell = new Div(new RouterLink(m.title(), MeetingView.class, m.id()));
        Span status = new Span(getTranslation(m.status().messageKey()));
        status.addClassName("badge");
        status.addClassName("status-" + m.status().name().toLowerCase(Locale.ROOT));
        cell.add(new Span(" "), status);
        if (m.seriesId() != null) {
            Span series = new Span(getTranslation("meetings-admin.in-series"));
            series.addClassName("badge");
            cell.add(new Span(" "), series);
        }
        if (!m.publicMeeting()) {
            Span closed = new Span(getTranslation("meetings-admin.closed"));
            closed.addClassName("badge");
            cell.add(new Span(" "), closed);
        }
        if (m.cancelled() && m.cancelReason() != null) {
            cell.add(new Paragraph(getTranslation("meeting.cancelled-because", m.cancelReason())));
        }
        return cell;
    }

    private HorizontalLayout next(MeetingSummary m) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setSpacing(true);
        if (m.status() == MeetingStatus.DRAFT || m.status() == MeetingStatus.SCHEDULED) {
            RouterLink edit =
                    new RouterLink(MeetingEditorView.class, MeetingEditorView.editMeeting(body.slug(), m.id()));
            edit.setText(getTranslation("meetings-admin.edit"));
            edit.getElement().setAttribute("aria-label", getTranslation("meetings-admin.edit-named", m.title()));
            edit.setId("edit-meeting-" + m.id());
            Anchor agenda =
                    new Anchor("manage/meetings/" + m.id() + "/agenda", getTranslation("meetings-admin.agenda"));
            agenda.getElement().setAttribute("aria-label", getTranslation("meetings-admin.agenda-named", m.title()));
            actions.add(edit, agenda);
        }
        boolean started = !m.startsAtLocal().isAfter(LocalDateTime.now(clock.withZone(zone)));
        if (m.status() == MeetingStatus.SCHEDULED && started) {
            Button held = new Button(getTranslation("meetings-admin.mark-held"), e -> {
                planning.recordHeld(m.id());
                render();
            });
            held.addThemeVariants(ButtonVariant.LUMO_SMALL);
            held.getElement().setAttribute("aria-label", getTranslation("meetings-admin.mark-held-named", m.title()));
            actions.add(held);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "meetings-admin.title", body == null ? "" : body.name());
    }
}
