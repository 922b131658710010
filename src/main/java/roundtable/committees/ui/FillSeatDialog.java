package roundtable.committees.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.ui.DatePickers;
import roundtable.base.ui.FieldErrors;
import roundtable.committees.PersonOption;
import roundtable.committees.Position;
import roundtable.committees.RosterService;
import roundtable.committees.SeatAssignment;
import roundtable.committees.SeatGroupSummary;
import roundtable.people.PersonData;
import roundtable.people.PersonLimits;

/** Fills a vacant seat with someone Roundtable knows, or with someone new typed in on the spot. */
class FillSeatDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    enum Who {
        EXISTING,
        NEW
    }

    private final RadioButtonGroup<Who> who = new RadioButtonGroup<>();
    private final ComboBox<PersonOption> person = new ComboBox<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Language> language = new Select<>();
    private final Select<Position> position = new Select<>();
    private final DatePicker termStart = DatePickers.localised("");
    private final DatePicker termEnd = DatePickers.localised("");

    FillSeatDialog(RosterService roster, long bodyId, SeatGroupSummary group, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("roster.fill.title", group.name()));
        setWidth("min(36rem, 96vw)");

        who.setLabel(getTranslation("roster.fill.who"));
        who.setItems(Who.values());
        who.setItemLabelGenerator(
                w -> getTranslation("roster.fill.who." + w.name().toLowerCase()));
        who.setValue(Who.EXISTING);

        person.setLabel(getTranslation("roster.fill.person"));
        person.setItems(q -> roster.candidates(bodyId, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        person.setItemLabelGenerator(p -> p.fullName() + " — " + p.maskedEmail());
        person.setHelperText(getTranslation("roster.fill.person.help"));
        person.setWidthFull();
        person.setId("fill-person");

        name.setLabel(getTranslation("people.name"));
        name.setMaxLength(PersonLimits.NAME);
        name.setId("fill-name");
        email.setLabel(getTranslation("people.email"));
        email.setMaxLength(PersonLimits.EMAIL);
        email.setId("fill-email");
        language.setLabel(getTranslation("people.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.ENGLISH);

        position.setLabel(getTranslation("roster.position"));
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        position.setValue(Position.MEMBER);

        termStart.setLabel(getTranslation("roster.term-start"));
        termStart.setValue(today);
        termStart.setLocale(getLocale());
        termEnd.setLabel(getTranslation("roster.term-end"));
        termEnd.setLocale(getLocale());
        if (group.termMonths() != null) {
            termEnd.setHelperText(getTranslation("roster.fill.default-term", group.termMonths()));
        }

        FormLayout form = new FormLayout(who, person, name, email, language, position, termStart, termEnd);
        form.setColspan(who, 2);
        form.setColspan(person, 2);
        form.setColspan(name, 2);
        form.setColspan(email, 2);
        add(form);
        if (group.requiredBodyName() != null) {
            add(new Paragraph(getTranslation("roster.fill.requires", group.requiredBodyName())));
        }
        who.addValueChangeListener(e -> showFor(e.getValue()));
        showFor(Who.EXISTING);

        Button save = new Button(getTranslation("roster.fill.save"), e -> save(roster, bodyId, group, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("fill-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void showFor(Who choice) {
        person.setVisible(choice == Who.EXISTING);
        name.setVisible(choice == Who.NEW);
        email.setVisible(choice == Who.NEW);
        language.setVisible(choice == Who.NEW);
    }

    private void save(RosterService roster, long bodyId, SeatGroupSummary group, Runnable saved) {
        Map<String, HasValidation> fields = Map.of(
                "person",
                person,
                "email",
                email,
                "name",
                name,
                "termStart",
                termStart,
                "termEnd",
                termEnd,
                "seatGroup",
                position,
                "position",
                position);
        fields.values().forEach(f -> f.setInvalid(false));
        if (!complete()) {
            return;
        }
        PersonData newPerson = who.getValue() == Who.NEW
                ? PersonData.of(name.getValue().strip(), email.getValue().strip(), language.getValue())
                : null;
        Long personId = who.getValue() == Who.EXISTING ? person.getValue().id() : null;
        try {
            roster.fillSeat(
                    bodyId,
                    new SeatAssignment(
                            group.id(),
                            personId,
                            newPerson,
                            position.getValue(),
                            termStart.getValue(),
                            termEnd.getValue()));
            close();
            saved.run();
        } catch (RuleViolationException violation) {
            FieldErrors.show(this, violation, fields);
        }
    }

    /** Required fields and formats, checked here so the message sits at the field before anything is sent. */
    private boolean complete() {
        boolean ok = true;
        if (who.getValue() == Who.EXISTING && person.getValue() == null) {
            ok = invalid(person, "validation.required");
        }
        if (who.getValue() == Who.NEW) {
            if (name.getValue().isBlank()) {
                ok = invalid(name, "validation.required");
            }
            if (email.getValue().isBlank()) {
                ok = invalid(email, "validation.required");
            } else if (email.isInvalid() || !email.getValue().strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                ok = invalid(email, "validation.email");
            }
        }
        if (termStart.getValue() == null) {
            ok = invalid(termStart, "validation.required");
        }
        return ok;
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }
}
