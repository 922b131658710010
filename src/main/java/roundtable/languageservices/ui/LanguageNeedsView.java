package roundtable.languageservices.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.Role;
import roundtable.base.ui.Titles;
import roundtable.languageservices.LanguageNeeds;
import roundtable.languageservices.LanguageNeedsService;

/** For the language services coordinator: which bodies have members who prefer which language. */
@Route("language-services")
@Menu(title = "nav.language-services", order = 30, icon = "vaadin:comments")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
class LanguageNeedsView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    LanguageNeedsView(LanguageNeedsService needs) {
        addClassName("page");
        // One row per active body: a bounded, small list, so it is read whole.
        Grid<LanguageNeeds> grid = new Grid<>();
        grid.addColumn(n -> n.body().name())
                .setHeader(getTranslation("language-needs.body"))
                .setFlexGrow(3);
        grid.addColumn(LanguageNeeds::members).setHeader(getTranslation("language-needs.members"));
        grid.addColumn(n -> n.byLanguage().entrySet().stream()
                        .map(e -> LanguageNames.of(e.getKey().tag(), getLocale()) + ": " + e.getValue())
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("language-needs.preferred"))
                .setFlexGrow(2);
        grid.addColumn(n -> LanguageNames.list(n.body().languagesOffered(), getLocale()))
                .setHeader(getTranslation("language-needs.offered"))
                .setFlexGrow(2);
        grid.setItems(needs.languageNeeds());
        grid.setAllRowsVisible(true);
        // Names and language lists wrap rather than being cut short on a phone.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("language-needs.title"));
        grid.setId("language-needs-grid");
        add(
                new H1(getTranslation("language-needs.title")),
                new LanguageServicesNav(LanguageServicesNav.NEEDS),
                new Paragraph(getTranslation("language-needs.intro")),
                grid);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "language-needs.title");
    }
}
