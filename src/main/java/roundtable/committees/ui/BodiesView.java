package roundtable.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import roundtable.base.security.Role;
import roundtable.base.ui.PhoneColumns;
import roundtable.base.ui.Titles;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;

/** Every body, archived ones too, with its settings and a way into its roster. */
@Route("admin/bodies")
@Menu(title = "nav.bodies", order = 45, icon = "vaadin:sitemap")
@RolesAllowed(Role.ADMIN_NAME)
class BodiesView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final CommitteeService committees;
    private final BodyEditor editor;
    private final Grid<BodySummary> grid = new Grid<>();

    BodiesView(CommitteeService committees, BodyEditor editor) {
        this.committees = committees;
        this.editor = editor;
        addClassName("page");
        var summary = grid.addComponentColumn(b -> PhoneColumns.summary(
                        new Span(b.name()),
                        PhoneColumns.line(getTranslation(b.kind().messageKey()) + " · " + status(b))))
                .setHeader(getTranslation("bodies.name"));
        PhoneColumns.collapse(
                grid,
                summary,
                List.of(
                        grid.addColumn(BodySummary::name)
                                .setHeader(getTranslation("bodies.name"))
                                .setFlexGrow(3),
                        grid.addColumn(b -> getTranslation(b.kind().messageKey()))
                                .setHeader(getTranslation("bodies.kind"))
                                .setFlexGrow(2),
                        grid.addColumn(this::status).setHeader(getTranslation("bodies.status"))));
        grid.addComponentColumn(b -> {
                    RouterLink roster = new RouterLink(getTranslation("bodies.roster"), RosterView.class, b.slug());
                    Button settings = new Button(
                            getTranslation("bodies.settings"),
                            e -> new BodySettingsDialog(editor, b, this::refresh).open());
                    settings.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    settings.getElement().setAttribute("aria-label", getTranslation("bodies.settings.for", b.name()));
                    HorizontalLayout actions = PhoneColumns.actions(new HorizontalLayout(roster, settings));
                    actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
                    return actions;
                })
                .setHeader(getTranslation("roster.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("bodies.title"));
        grid.setId("bodies-grid");
        refresh();
        Button create = new Button(getTranslation("bodies.new"), e -> new NewBodyDialog(editor, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-body");
        add(new H1(getTranslation("bodies.title")), new Paragraph(getTranslation("bodies.intro")), create, grid);
    }

    private String status(BodySummary body) {
        return getTranslation(body.active() ? "bodies.active" : "bodies.archived");
    }

    private void refresh() {
        // Tens of bodies at most: read whole.
        grid.setItems(committees.allBodies());
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "bodies.title");
    }
}
