package roundtable.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.FieldErrors;
import roundtable.committees.AccessibleTimeRules;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodyKind;
import roundtable.committees.BodySettings;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeLimits;

/** An administrator's form for a body's settings, bound to a record, with the rules that find accessible meeting times. */
class BodySettingsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Interpretation languages the district offers; ASL is "ase". */
    static final List<String> LANGUAGES = LanguageNames.OFFERED;

    /** The form's own shape: flat fields a binder can fill, turned into settings on save. */
    public record Form(
            String name,
            String acronym,
            BodyKind kind,
            String descriptionHtml,
            Boolean rosterPublic,
            Boolean contactsVisible,
            Integer quorumFixed,
            Set<String> languagesOffered,
            LocalTime earliestWeekdayStart,
            LocalTime latestEnd,
            Set<DayOfWeek> avoidedDays,
            Boolean active) {}

    BodySettingsDialog(BodyEditor editor, BodySummary body, Runnable saved) {
        setHeaderTitle(getTranslation("bodies.settings.for", body.name()));
        setWidth("min(44rem, 96vw)");

        TextField name = new TextField(getTranslation("bodies.name"));
        name.setMaxLength(CommitteeLimits.NAME);
        TextField acronym = new TextField(getTranslation("bodies.acronym"));
        acronym.setMaxLength(CommitteeLimits.ACRONYM);
        Select<BodyKind> kind = new Select<>();
        kind.setLabel(getTranslation("bodies.kind"));
        kind.setItems(BodyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        TextArea description = new TextArea(getTranslation("my-committees.description"));
        description.setHelperText(getTranslation("my-committees.description.help"));
        description.setMaxLength(CommitteeLimits.DESCRIPTION);
        Checkbox rosterPublic = new Checkbox(getTranslation("bodies.roster-public"));
        Checkbox contactsVisible = new Checkbox(getTranslation("bodies.contacts-visible"));
        IntegerField quorum = new IntegerField(getTranslation("bodies.quorum"));
        quorum.setHelperText(getTranslation("bodies.quorum.help"));
        quorum.setMin(1);
        quorum.setMax(500);
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(getTranslation("bodies.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(tag -> LanguageNames.of(tag, getLocale()));
        TimePicker earliest = new TimePicker(getTranslation("bodies.earliest-start"));
        earliest.setHelperText(getTranslation("bodies.earliest-start.help"));
        earliest.setLocale(getLocale());
        TimePicker latest = new TimePicker(getTranslation("bodies.latest-end"));
        latest.setLocale(getLocale());
        CheckboxGroup<DayOfWeek> avoided = new CheckboxGroup<>(getTranslation("bodies.avoided-days"));
        avoided.setItems(DayOfWeek.values());
        avoided.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        Checkbox active = new Checkbox(getTranslation("bodies.active-checkbox"));

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(acronym).bind("acronym");
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind("kind");
        // Always set (no empty choice); Vaadin's required marker on a select fails axe (aria-required on a button).
        kind.setRequiredIndicatorVisible(false);
        binder.forField(description).bind("descriptionHtml");
        binder.forField(rosterPublic).bind("rosterPublic");
        binder.forField(contactsVisible).bind("contactsVisible");
        binder.forField(quorum)
                .withValidator(q -> q == null || (q >= 1 && q <= 500), getTranslation("bodies.quorum.invalid"))
                .bind("quorumFixed");
        binder.forField(languages).bind("languagesOffered");
        binder.forField(earliest).bind("earliestWeekdayStart");
        binder.forField(latest)
                .withValidator(
                        end -> end == null || earliest.getValue() == null || end.isAfter(earliest.getValue()),
                        getTranslation("bodies.latest-end.invalid"))
                .bind("latestEnd");
        binder.forField(avoided).bind("avoidedDays");
        binder.forField(active).bind("active");
        AccessibleTimeRules rules = body.timeRules();
        binder.readRecord(new Form(
                body.name(),
                body.acronym(),
                body.kind(),
                body.descriptionHtml(),
                body.rosterPublic(),
                body.contactsVisible(),
                body.quorumFixed(),
                Set.copyOf(body.languagesOffered()),
                rules.earliestWeekdayStart(),
                rules.latestEnd(),
                rules.avoidedDays(),
                body.active()));

        FormLayout form = new FormLayout(
                name,
                acronym,
                kind,
                quorum,
                description,
                languages,
                earliest,
                latest,
                avoided,
                rosterPublic,
                contactsVisible,
                active);
        form.setColspan(description, 2);
        form.setColspan(avoided, 2);
        add(form);

        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Form f = binder.writeRecord();
                editor.configureBody(
                        body.id(),
                        body.version(),
                        new BodySettings(
                                f.name(),
                                f.acronym(),
                                f.kind(),
                                f.descriptionHtml(),
                                Boolean.TRUE.equals(f.rosterPublic()),
                                Boolean.TRUE.equals(f.contactsVisible()),
                                f.quorumFixed(),
                                f.languagesOffered() == null ? List.of() : List.copyOf(f.languagesOffered()),
                                new AccessibleTimeRules(f.earliestWeekdayStart(), f.latestEnd(), f.avoidedDays()),
                                Boolean.TRUE.equals(f.active())));
                Notification.show(getTranslation("common.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                saved.run();
            } catch (ValidationException invalid) {
                // The binder has put each message next to its field.
            } catch (RuleViolationException violation) {
                // What only the service can tell (hidden characters, a description too long once cleaned): at its field
                // too.
                FieldErrors.show(
                        this,
                        violation,
                        Map.of(
                                "name",
                                name,
                                "acronym",
                                acronym,
                                "descriptionHtml",
                                description,
                                "languagesOffered",
                                languages,
                                "quorumFixed",
                                quorum));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-body");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
