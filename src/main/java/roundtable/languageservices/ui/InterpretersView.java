package roundtable.languageservices.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.security.Role;
import roundtable.base.ui.PagedList;
import roundtable.base.ui.Titles;
import roundtable.languageservices.InterpreterKind;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.InterpreterSummary;
import roundtable.languageservices.RosterFilter;
import roundtable.languageservices.WorkingMode;

/**
 * The interpreter roster, as cards that read on a phone; a page at a time from the database, the
 * list growing with the page. Reached from the language services page, not the menu.
 */
@Route("language-services/interpreters")
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
class InterpretersView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final InterpreterRoster roster;
    private final ComboBox<String> language = new ComboBox<>();
    private final ComboBox<WorkingMode> mode = new ComboBox<>();
    private final Checkbox includeInactive = new Checkbox();
    private final Paragraph count = new Paragraph();
    private final PagedList<InterpreterSummary> list;

    InterpretersView(InterpreterRoster roster) {
        this.roster = roster;
        addClassName("page");
        language.setLabel(getTranslation("interpreters.filter.language"));
        language.setItems(LanguageNames.OFFERED);
        language.setItemLabelGenerator(t -> LanguageNames.of(t, getLocale()));
        language.setPlaceholder(getTranslation("interpreters.filter.any"));
        language.setClearButtonVisible(true);
        language.setId("filter-language");
        mode.setLabel(getTranslation("interpreters.filter.mode"));
        mode.setItems(WorkingMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        mode.setPlaceholder(getTranslation("interpreters.filter.any"));
        mode.setClearButtonVisible(true);
        mode.setId("filter-mode");
        includeInactive.setLabel(getTranslation("interpreters.include-inactive"));
        includeInactive.setId("include-inactive");
        Div filters = new Div(language, mode, includeInactive);
        filters.addClassName("roster-filters");

        list = new PagedList<>(
                        this::card,
                        getTranslation("interpreters.more"),
                        (shown, total) -> getTranslation("interpreters.shown", shown, total))
                .named("interpreters-list", getTranslation("interpreters.list"));
        count.setId("interpreters-count");
        count.getElement().setAttribute("aria-live", "polite");
        language.addValueChangeListener(e -> refresh());
        mode.addValueChangeListener(e -> refresh());
        includeInactive.addValueChangeListener(e -> refresh());

        Button add = new Button(
                getTranslation("interpreters.add"), e -> new InterpreterDialog(roster, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-interpreter");
        add(
                new H1(getTranslation("interpreters.title")),
                new LanguageServicesNav(LanguageServicesNav.INTERPRETERS),
                new Paragraph(getTranslation("interpreters.intro")),
                add,
                filters,
                new H2(getTranslation("interpreters.list")),
                count,
                list);
        refresh();
    }

    private RosterFilter filter() {
        return new RosterFilter(language.getValue(), mode.getValue(), includeInactive.getValue());
    }

    private void refresh() {
        RosterFilter shown = filter();
        long matching = roster.count(shown);
        count.setText(getTranslation("interpreters.count", matching));
        list.show((offset, limit) -> roster.roster(shown, offset, limit), matching);
    }

    private Component card(InterpreterSummary interpreter) {
        Div card = new Div();
        card.addClassNames("card", "interpreter-card");
        if (!interpreter.active()) {
            Span inactive = new Span(getTranslation("interpreters.inactive"));
            inactive.addClassNames("badge", "badge-attention");
            card.add(inactive);
        }
        card.add(new H3(interpreter.name()));
        card.add(new Paragraph(
                interpreter.kind() == InterpreterKind.VENDOR
                        ? getTranslation("interpreters.vendor-of", interpreter.vendorName())
                        : getTranslation("interpreters.kind.staff")));
        card.add(new Paragraph(getTranslation("interpreters.languages") + ": "
                + LanguageNames.list(interpreter.languages(), getLocale())));
        Div modes = new Div();
        modes.addClassName("tags");
        interpreter.modes().forEach(m -> {
            Span badge = new Span(getTranslation(m.messageKey()));
            badge.addClassName("badge");
            modes.add(badge);
        });
        modes.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("interpreters.modes") + ": "
                                + interpreter.modes().stream()
                                        .map(m -> getTranslation(m.messageKey()))
                                        .collect(Collectors.joining(", ")));
        card.add(modes);
        Div contact = new Div();
        contact.addClassName("interpreter-contact");
        if (interpreter.email() != null) {
            contact.add(new Anchor("mailto:" + interpreter.email(), interpreter.email()));
        }
        if (interpreter.phone() != null) {
            contact.add(new Anchor("tel:" + interpreter.phone().replaceAll("[^0-9+]", ""), interpreter.phone()));
        }
        card.add(contact);
        if (interpreter.notes() != null) {
            Paragraph notes = new Paragraph(interpreter.notes());
            notes.addClassName("meta");
            card.add(notes);
        }
        card.add(actions(interpreter));
        return card;
    }

    private Div actions(InterpreterSummary interpreter) {
        Button edit = new Button(
                getTranslation("interpreters.edit"),
                e -> new InterpreterDialog(roster, interpreter, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("interpreters.edit.for", interpreter.name()));
        edit.setId("edit-interpreter-" + interpreter.id());
        boolean active = interpreter.active();
        Button toggle =
                new Button(getTranslation(active ? "interpreters.deactivate" : "interpreters.reactivate"), e -> {
                    try {
                        if (active) {
                            roster.deactivate(interpreter.id(), interpreter.version());
                        } else {
                            roster.reactivate(interpreter.id(), interpreter.version());
                        }
                    } finally {
                        refresh();
                    }
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.setAriaLabel(getTranslation(
                active ? "interpreters.deactivate.for" : "interpreters.reactivate.for", interpreter.name()));
        toggle.setId((active ? "deactivate-interpreter-" : "reactivate-interpreter-") + interpreter.id());
        Div actions = new Div(edit, toggle);
        actions.addClassName("tags");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "interpreters.title");
    }
}
