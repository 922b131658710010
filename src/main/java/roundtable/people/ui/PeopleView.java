package roundtable.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.CurrentUser;
import roundtable.base.security.Role;
import roundtable.base.ui.PhoneColumns;
import roundtable.base.ui.Titles;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;
import roundtable.people.PersonSummary;

/** Everyone Roundtable knows, for administrators; pages from the database as the reader scrolls. */
@Route("admin/people")
@Menu(title = "nav.people", order = 50, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class PeopleView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    PeopleView(PersonService people, PersonEditor editor) {
        addClassName("page");
        TextField filter = new TextField(getTranslation("people.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setMaxLength(100);
        filter.setId("people-search");

        Grid<PersonSummary> grid = new Grid<>();
        var summary = grid.addComponentColumn(p -> PhoneColumns.summary(
                        new Span(name(p)),
                        PhoneColumns.line(p.anonymised() ? "" : p.email()),
                        PhoneColumns.line(p.affiliation()),
                        PhoneColumns.line(LanguageNames.of(p.language().tag(), getLocale()) + " · "
                                + getTranslation("people.can-sign-in") + ": " + canSignIn(p))))
                .setHeader(getTranslation("people.name"));
        PhoneColumns.collapse(
                grid,
                summary,
                List.of(
                        grid.addColumn(this::name)
                                .setHeader(getTranslation("people.name"))
                                .setFlexGrow(2),
                        grid.addColumn(p -> p.anonymised() ? "" : p.email())
                                .setHeader(getTranslation("people.email"))
                                .setFlexGrow(2),
                        grid.addColumn(p -> p.affiliation() == null ? "" : p.affiliation())
                                .setHeader(getTranslation("people.affiliation"))
                                .setFlexGrow(2),
                        grid.addColumn(p -> LanguageNames.of(p.language().tag(), getLocale()))
                                .setHeader(getTranslation("people.language")),
                        grid.addColumn(this::canSignIn).setHeader(getTranslation("people.can-sign-in"))));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("people.title"));
        grid.setId("people-grid");

        var data = grid.setItems(
                query -> people.search(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) people.count(filter.getValue()));
        filter.addValueChangeListener(e -> data.refreshAll());
        long me = CurrentUser.personId().orElse(-1L);
        grid.addComponentColumn(p -> {
                    Button edit = new Button(
                            getTranslation("people.edit"), e -> new PersonDialog(editor, p, data::refreshAll).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("people.edit.for", p.fullName()));
                    edit.setVisible(!p.anonymised());
                    return PhoneColumns.actions(
                            new HorizontalLayout(edit, anonymiseButton(editor, p, me, data::refreshAll)));
                })
                .setHeader(getTranslation("people.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);

        Button add =
                new Button(getTranslation("people.add"), e -> new PersonDialog(editor, null, data::refreshAll).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-person");
        add(new H1(getTranslation("people.title")), add, filter, grid);
    }

    private String name(PersonSummary person) {
        return person.anonymised() ? getTranslation("people.former-member") : person.fullName();
    }

    private String canSignIn(PersonSummary person) {
        return getTranslation(person.canSignIn() ? "common.yes" : "common.no");
    }

    /** Nothing to offer on a row already anonymised, nor on one's own: another administrator must do that. */
    private Button anonymiseButton(PersonEditor editor, PersonSummary person, long me, Runnable refresh) {
        Button anonymise = new Button(
                getTranslation("people.anonymise"), e -> new AnonymiseDialog(editor, person, refresh).open());
        anonymise.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        anonymise.setAriaLabel(getTranslation("people.anonymise.label", person.fullName()));
        anonymise.setVisible(!person.anonymised() && person.id() != me);
        return anonymise;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "people.title");
    }
}
