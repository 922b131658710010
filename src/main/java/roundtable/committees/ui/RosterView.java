package roundtable.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Role;
import roundtable.base.ui.PhoneColumns;
import roundtable.base.ui.Titles;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeAccess;
import roundtable.committees.CommitteeService;
import roundtable.committees.MembershipStatus;
import roundtable.committees.RosterExport;
import roundtable.committees.RosterImport;
import roundtable.committees.RosterMember;
import roundtable.committees.RosterOverview;
import roundtable.committees.RosterService;
import roundtable.committees.SeatGroupSummary;

/**
 * A body's roster for its chair and administrators: constituencies with filled and vacant
 * seats, then every current member, paged from the database, with terms ending soon and
 * unmet seat requirements said in words.
 */
@Route("manage/roster")
@PermitAll
public class RosterView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final RosterService roster;
    private final CommitteeService committees;
    private final BodyEditor editor;
    private final CommitteeAccess access;
    private final Clock clock;
    private final RoundtableProperties properties;
    private final RosterExport csvExport;
    private final RosterImport csvImport;
    private final TaskExecutor executor;
    private BodySummary body;

    RosterView(
            RosterService roster,
            CommitteeService committees,
            BodyEditor editor,
            CommitteeAccess access,
            Clock clock,
            RoundtableProperties properties,
            RosterExport csvExport,
            RosterImport csvImport,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.csvExport = csvExport;
        this.csvImport = csvImport;
        this.executor = executor;
        this.roster = roster;
        this.committees = committees;
        this.editor = editor;
        this.access = access;
        this.clock = clock;
        this.properties = properties;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        body = committees.findBySlug(slug).filter(b -> access.canManage(b.id())).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        RosterOverview overview = roster.overview(body.id());
        LocalDate today = LocalDate.now(clock.withZone(properties.defaultTimeZone()));

        RouterLink back = new RouterLink(getTranslation("roster.back"), MyCommitteesView.class);
        back.addClassName("back-link");
        Paragraph totals = new Paragraph(getTranslation("roster.totals", overview.seats(), overview.vacancies()));
        totals.setId("roster-totals");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csvExport.export(body.id()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            body.slug() + "-roster.csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("roster.export"));
        export.setId("roster-export");
        Button importCsv = new Button(
                getTranslation("roster.import.title"),
                e -> new RosterImportDialog(csvImport, body.id(), executor, this::render).open());
        importCsv.setId("roster-import");
        HorizontalLayout spreadsheet = new HorizontalLayout(importCsv, export);
        spreadsheet.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(back, new H1(getTranslation("roster.title", body.name())), totals, spreadsheet);

        Div cards = new Div();
        cards.addClassName("cards");
        for (SeatGroupSummary group : overview.seatGroups()) {
            cards.add(constituencyCard(group, today));
        }
        add(new H2(getTranslation("roster.constituencies")));
        if (CurrentUser.hasRole(Role.ADMIN)) {
            Button addGroup = new Button(
                    getTranslation("seats.add"),
                    e -> new SeatGroupDialog(committees, editor, body, null, this::render).open());
            addGroup.setId("add-seat-group");
            add(addGroup);
        }
        add(cards);

        Select<SeatGroupSummary> show = new Select<>();
        show.setLabel(getTranslation("roster.show"));
        show.setEmptySelectionAllowed(true);
        show.setEmptySelectionCaption(getTranslation("roster.show.all"));
        show.setItems(overview.seatGroups());
        show.setItemLabelGenerator(g -> g == null ? getTranslation("roster.show.all") : g.name());

        Grid<RosterMember> grid = new Grid<>();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var summary = grid.addComponentColumn(m -> summary(m, dates))
                .setHeader(getTranslation("roster.member"))
                .setFlexGrow(1);
        var details = List.of(
                grid.addColumn(m -> m.name())
                        .setHeader(getTranslation("people.name"))
                        .setFlexGrow(2),
                grid.addColumn(RosterMember::seatGroup)
                        .setHeader(getTranslation("roster.seat"))
                        .setFlexGrow(2),
                grid.addColumn(m -> getTranslation(m.position().messageKey()))
                        .setHeader(getTranslation("roster.position")),
                grid.addColumn(m -> term(m, dates))
                        .setHeader(getTranslation("roster.term"))
                        .setAutoWidth(true),
                grid.addComponentColumn(this::notes)
                        .setHeader(getTranslation("roster.notes"))
                        .setFlexGrow(2),
                grid.addColumn(m -> m.email() == null ? "" : m.email())
                        .setHeader(getTranslation("people.email"))
                        .setFlexGrow(2));
        grid.addComponentColumn(m -> {
                    Button edit = new Button(
                            getTranslation("roster.edit"),
                            e -> new MembershipDialog(roster, body.id(), m, today, this::render).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    edit.getElement().setAttribute("aria-label", getTranslation("roster.edit.for", m.name()));
                    return edit;
                })
                .setHeader(getTranslation("roster.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PhoneColumns.collapse(grid, summary, details);
        // A roster holds at most its body's seats: the grid grows with the page instead of scrolling inside it.
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("roster.members"));
        grid.setId("roster-grid");
        var data =
                grid.setItems(q -> roster.members(body.id(), selected(show), q.getOffset(), q.getLimit()).stream(), q ->
                        (int) roster.countMembers(body.id(), selected(show)));
        show.addValueChangeListener(e -> data.refreshAll());
        add(new H2(getTranslation("roster.members")), show, grid);
    }

    private static Long selected(Select<SeatGroupSummary> show) {
        return show.getValue() == null ? null : show.getValue().id();
    }

    private Div constituencyCard(SeatGroupSummary group, LocalDate today) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(group.name()));
        Paragraph counts = new Paragraph(getTranslation("roster.filled", group.filled(), group.seats())
                + (group.vacancies() > 0 ? " · " + getTranslation("roster.vacant", group.vacancies()) : "")
                + (group.voting() ? "" : " · " + getTranslation("roster.non-voting")));
        counts.addClassName("roster-counts");
        counts.setId("counts-" + group.id());
        card.add(counts);
        if (group.requiredBodyName() != null) {
            card.add(new Paragraph(getTranslation("roster.fill.requires", group.requiredBodyName())));
        }
        if (CurrentUser.hasRole(Role.ADMIN)) {
            Button edit = new Button(
                    getTranslation("seats.edit"),
                    e -> new SeatGroupDialog(committees, editor, body, group, this::render).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.getElement().setAttribute("aria-label", getTranslation("seats.edit.for", group.name()));
            card.add(edit);
        }
        if (group.vacancies() > 0) {
            Button fill = new Button(
                    getTranslation("roster.fill"),
                    e -> new FillSeatDialog(roster, body.id(), group, today, this::render).open());
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            fill.setId("fill-" + group.id());
            fill.getElement().setAttribute("aria-label", getTranslation("roster.fill.for", group.name()));
            card.add(fill);
        }
        return card;
    }

    private String term(RosterMember member, DateTimeFormatter dates) {
        return dates.format(member.termStart()) + " – "
                + (member.termEnd() == null ? getTranslation("roster.open-ended") : dates.format(member.termEnd()));
    }

    /** A member on a phone: the whole name first, then the seat, position, term, notes and email beneath it. */
    private Div summary(RosterMember member, DateTimeFormatter dates) {
        return PhoneColumns.summary(
                new Span(member.name()),
                PhoneColumns.line(member.seatGroup() + " · "
                        + getTranslation(member.position().messageKey())),
                PhoneColumns.line(getTranslation("roster.term") + ": " + term(member, dates)),
                notes(member),
                PhoneColumns.line(member.email()));
    }

    private Div notes(RosterMember member) {
        Div notes = new Div();
        notes.addClassName("tags");
        if (member.status() == MembershipStatus.ENDED) {
            Span leaving = new Span(getTranslation(
                    "roster.leaving",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(getLocale())
                            .format(member.termEnd())));
            leaving.addClassNames("badge", "badge-attention");
            notes.add(leaving);
        } else if (member.daysLeft() != null) {
            Span ending = new Span(
                    member.daysLeft() < 0
                            ? getTranslation("roster.ended")
                            : getTranslation("roster.ends-in", member.daysLeft()));
            ending.addClassNames("badge", "badge-attention");
            notes.add(ending);
        }
        if (member.missingRequirement() != null) {
            Span missing = new Span(getTranslation("roster.requirement-missing", member.missingRequirement()));
            missing.addClassNames("badge", "badge-attention");
            notes.add(missing);
        }
        return notes;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "roster.title", body == null ? "" : body.name());
    }
}
