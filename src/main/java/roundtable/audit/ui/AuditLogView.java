package roundtable.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import roundtable.audit.AuditRecord;
import roundtable.audit.AuditService;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.Role;
import roundtable.base.ui.PhoneColumns;
import roundtable.base.ui.Titles;

/** Every recorded change, newest first: who, when, what it was before and after. */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 70, icon = "vaadin:clipboard-text")
@RolesAllowed(Role.ADMIN_NAME)
class AuditLogView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    AuditLogView(AuditService audit, RoundtableProperties properties) {
        addClassName("page");
        ZoneId zone = properties.defaultTimeZone();
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());

        TextField filter = new TextField(getTranslation("audit.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setMaxLength(100);

        Grid<AuditRecord> grid = new Grid<>();
        var summary = grid.addComponentColumn(r -> PhoneColumns.summary(
                        new Span(r.summary()),
                        PhoneColumns.line(format.format(r.occurredAt().atZone(zone)) + " · " + r.actor()),
                        changed("audit.before", r.before()),
                        changed("audit.after", r.after())))
                .setHeader(getTranslation("audit.what"));
        PhoneColumns.collapse(
                grid,
                summary,
                List.of(
                        grid.addColumn(r -> format.format(r.occurredAt().atZone(zone)))
                                .setHeader(getTranslation("audit.when"))
                                .setAutoWidth(true)
                                .setFlexGrow(0),
                        grid.addColumn(AuditRecord::actor)
                                .setHeader(getTranslation("audit.who"))
                                .setAutoWidth(true),
                        grid.addColumn(AuditRecord::summary)
                                .setHeader(getTranslation("audit.what"))
                                .setFlexGrow(3),
                        grid.addColumn(LitRenderer.<AuditRecord>of(
                                                "<span style=\"white-space: pre-line\">${item.before}</span>")
                                        .withProperty("before", r -> r.before() == null ? "" : r.before()))
                                .setHeader(getTranslation("audit.before"))
                                .setFlexGrow(2),
                        grid.addColumn(LitRenderer.<AuditRecord>of(
                                                "<span style=\"white-space: pre-line\">${item.after}</span>")
                                        .withProperty("after", r -> r.after() == null ? "" : r.after()))
                                .setHeader(getTranslation("audit.after"))
                                .setFlexGrow(2)));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setId("audit-grid");
        var data = grid.setItems(q -> audit.search(filter.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) audit.count(filter.getValue()));
        filter.addValueChangeListener(e -> data.refreshAll());
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filter, grid);
    }

    /** "Before: …" or "After: …", its line breaks kept; nothing when there was no value. */
    private Span changed(String key, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Span line = new Span(getTranslation(key) + ": " + value);
        line.addClassName("pre-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "audit.title");
    }
}
