package roundtable.languageservices.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.FieldErrors;
import roundtable.languageservices.InterpreterData;
import roundtable.languageservices.InterpreterKind;
import roundtable.languageservices.InterpreterLimits;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.InterpreterSummary;
import roundtable.languageservices.WorkingMode;

/** Adds an interpreter to the roster or corrects one; the roster's rules are shown at their fields. */
class InterpreterDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public record Form(
            String name,
            Set<String> languages,
            Set<WorkingMode> modes,
            String email,
            String phone,
            InterpreterKind kind,
            String vendorName,
            String notes) {}

    InterpreterDialog(InterpreterRoster roster, InterpreterSummary existing, Runnable saved) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("interpreters.add")
                        : getTranslation("interpreters.edit.for", existing.name()));
        setWidth("min(36rem, 96vw)");
        TextField name = new TextField(getTranslation("interpreters.name"));
        name.setMaxLength(InterpreterLimits.NAME);
        name.setRequiredIndicatorVisible(true);
        name.setId("interpreter-name");
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(getTranslation("interpreters.languages"));
        languages.setItems(LanguageNames.OFFERED);
        languages.setItemLabelGenerator(t -> LanguageNames.of(t, getLocale()));
        languages.setRequiredIndicatorVisible(true);
        languages.setId("interpreter-languages");
        CheckboxGroup<WorkingMode> modes = new CheckboxGroup<>(getTranslation("interpreters.modes"));
        modes.setItems(WorkingMode.values());
        modes.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        // Said in words: a group may not carry aria-required, which the required indicator would add.
        modes.setHelperText(getTranslation("interpreters.modes.help"));
        modes.setId("interpreter-modes");
        EmailField email = new EmailField(getTranslation("interpreters.email"));
        email.setMaxLength(InterpreterLimits.EMAIL);
        email.setId("interpreter-email");
        TextField phone = new TextField(getTranslation("interpreters.phone"));
        phone.setMaxLength(InterpreterLimits.PHONE);
        phone.setId("interpreter-phone");
        RadioButtonGroup<InterpreterKind> kind = new RadioButtonGroup<>(getTranslation("interpreters.kind"));
        kind.setItems(InterpreterKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setId("interpreter-kind");
        TextField vendorName = new TextField(getTranslation("interpreters.vendor-name"));
        vendorName.setMaxLength(InterpreterLimits.VENDOR_NAME);
        vendorName.setRequiredIndicatorVisible(true);
        vendorName.setId("interpreter-vendor");
        kind.addValueChangeListener(e -> vendorName.setVisible(e.getValue() == InterpreterKind.VENDOR));
        TextArea notes = new TextArea(getTranslation("interpreters.notes"));
        notes.setMaxLength(InterpreterLimits.NOTES);
        notes.setHelperText(getTranslation("interpreters.notes.help"));
        notes.setId("interpreter-notes");

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(name).bind("name");
        binder.forField(languages).bind("languages");
        binder.forField(modes).bind("modes");
        binder.forField(email).bind("email");
        binder.forField(phone).bind("phone");
        binder.forField(kind).bind("kind");
        binder.forField(vendorName).bind("vendorName");
        binder.forField(notes).bind("notes");
        binder.readRecord(
                existing == null
                        ? new Form(
                                "", Set.of(), EnumSet.noneOf(WorkingMode.class), "", "", InterpreterKind.STAFF, "", "")
                        : new Form(
                                existing.name(),
                                new LinkedHashSet<>(existing.languages()),
                                existing.modes(),
                                nz(existing.email()),
                                nz(existing.phone()),
                                existing.kind(),
                                nz(existing.vendorName()),
                                nz(existing.notes())));
        vendorName.setVisible(kind.getValue() == InterpreterKind.VENDOR);

        FormLayout form = new FormLayout(name, languages, modes, kind, vendorName, email, phone, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph concurrent = new Paragraph();
        concurrent.addClassNames("notice", "notice-warning");
        concurrent.setVisible(false);
        concurrent.setId("interpreter-concurrent");
        concurrent.getElement().setAttribute("role", "alert");
        add(concurrent, form);
        Map<String, HasValidation> fields = Map.of(
                "name",
                name,
                "languages",
                languages,
                "modes",
                modes,
                "email",
                email,
                "phone",
                phone,
                "kind",
                kind,
                "vendorName",
                vendorName,
                "notes",
                notes);
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                Form f = binder.writeRecord();
                InterpreterData data = new InterpreterData(
                        f.name(), f.languages(), f.modes(), f.email(), f.phone(), f.kind(), f.vendorName(), f.notes());
                if (existing == null) {
                    roster.addInterpreter(data);
                } else {
                    roster.updateInterpreter(existing.id(), existing.version(), data);
                }
                close();
                saved.run();
            } catch (ValidationException invalid) {
                // Each message is already next to its field.
            } catch (RuleViolationException violation) {
                FieldErrors.show(this, violation, fields);
            } catch (OptimisticLockingFailureException stale) {
                // The form keeps what was typed, so it can be copied before reopening.
                concurrent.setText(getTranslation("interpreters.concurrent"));
                concurrent.setVisible(true);
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-interpreter");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
