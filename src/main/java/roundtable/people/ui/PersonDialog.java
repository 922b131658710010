package roundtable.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.ui.FieldErrors;
import roundtable.people.DuplicateEmailException;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonLimits;
import roundtable.people.PersonSummary;

/** An administrator adds someone to Roundtable or corrects their details. Accessibility needs stay the person's own. */
class PersonDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public record Form(
            String fullName,
            String email,
            String phone,
            Language language,
            String pronouns,
            String affiliation,
            Boolean publicConsent) {}

    PersonDialog(PersonEditor people, PersonSummary existing, Runnable saved) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("people.add")
                        : getTranslation("people.edit.for", existing.fullName()));
        setWidth("min(36rem, 96vw)");
        TextField name = new TextField(getTranslation("people.name"));
        name.setMaxLength(PersonLimits.NAME);
        name.setId("person-name");
        EmailField email = new EmailField(getTranslation("people.email"));
        email.setMaxLength(PersonLimits.EMAIL);
        email.setId("person-email");
        TextField phone = new TextField(getTranslation("profile.phone"));
        phone.setMaxLength(PersonLimits.PHONE);
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        TextField pronouns = new TextField(getTranslation("profile.pronouns"));
        pronouns.setMaxLength(PersonLimits.PRONOUNS);
        TextField affiliation = new TextField(getTranslation("people.affiliation"));
        affiliation.setMaxLength(PersonLimits.AFFILIATION);
        affiliation.setHelperText(getTranslation("people.affiliation.help"));
        Checkbox consent = new Checkbox(getTranslation("profile.public-consent"));

        Binder<Form> binder = new Binder<>(Form.class);
        // The fields' own max-length check would refuse with an empty message; ours below says how long.
        binder.setDefaultValidatorsEnabled(false);
        // The fields' max length holds only in a browser that respects it: the binder checks again.
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(atMost(PersonLimits.NAME))
                .bind("fullName");
        binder.forField(email)
                .asRequired(getTranslation("validation.required"))
                .withValidator(atMost(PersonLimits.EMAIL))
                .withValidator(new EmailValidator(getTranslation("validation.email")))
                .bind("email");
        binder.forField(phone).withValidator(atMost(PersonLimits.PHONE)).bind("phone");
        binder.forField(language).bind("language");
        binder.forField(pronouns).withValidator(atMost(PersonLimits.PRONOUNS)).bind("pronouns");
        binder.forField(affiliation)
                .withValidator(atMost(PersonLimits.AFFILIATION))
                .bind("affiliation");
        binder.forField(consent).bind("publicConsent");
        binder.readRecord(
                existing == null
                        ? new Form("", "", "", Language.ENGLISH, "", "", false)
                        : new Form(
                                existing.fullName(),
                                existing.email(),
                                existing.phone(),
                                existing.language(),
                                existing.pronouns(),
                                existing.affiliation(),
                                existing.publicConsent()));

        FormLayout form = new FormLayout(name, email, phone, language, pronouns, affiliation, consent);
        form.setColspan(consent, 2);
        add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Form f = binder.writeRecord();
                PersonData data = new PersonData(
                        f.fullName(),
                        f.email(),
                        f.phone(),
                        f.language(),
                        f.pronouns(),
                        f.affiliation(),
                        Boolean.TRUE.equals(f.publicConsent()),
                        null);
                if (existing == null) {
                    people.registerPerson(data);
                } else {
                    people.updatePerson(existing.id(), existing.version(), data);
                }
                close();
                saved.run();
            } catch (ValidationException invalid) {
                // Each message is already next to its field.
            } catch (DuplicateEmailException taken) {
                FieldErrors.show(
                        this,
                        new RuleViolationException("email", "validation.email-taken-other"),
                        Map.of("email", email));
            } catch (RuleViolationException violation) {
                FieldErrors.show(
                        this,
                        violation,
                        Map.of(
                                "fullName",
                                name,
                                "email",
                                email,
                                "phone",
                                phone,
                                "pronouns",
                                pronouns,
                                "affiliation",
                                affiliation));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-person");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private StringLengthValidator atMost(int max) {
        return new StringLengthValidator(getTranslation("validation.too-long", max), 0, max);
    }
}
