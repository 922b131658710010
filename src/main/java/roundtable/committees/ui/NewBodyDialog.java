package roundtable.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodyKind;
import roundtable.committees.CommitteeLimits;
import roundtable.committees.NewBody;

/** Creates a body; its public address is suggested from the acronym or name and can be changed before saving. */
class NewBodyDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public record Form(String name, String acronym, String slug, BodyKind kind) {}

    NewBodyDialog(BodyEditor editor, Runnable created) {
        setHeaderTitle(getTranslation("bodies.new"));
        setWidth("min(34rem, 96vw)");
        TextField name = new TextField(getTranslation("bodies.name"));
        name.setMaxLength(CommitteeLimits.NAME);
        TextField acronym = new TextField(getTranslation("bodies.acronym"));
        acronym.setMaxLength(CommitteeLimits.ACRONYM);
        TextField slug = new TextField(getTranslation("bodies.slug"));
        slug.setMaxLength(CommitteeLimits.SLUG);
        slug.setHelperText(getTranslation("bodies.slug.help"));
        Select<BodyKind> kind = new Select<>();
        kind.setLabel(getTranslation("bodies.kind"));
        kind.setItems(BodyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        name.setValueChangeMode(ValueChangeMode.ON_BLUR);
        name.addValueChangeListener(e -> suggest(slug, acronym.getValue(), e.getValue()));
        acronym.addValueChangeListener(e -> suggest(slug, e.getValue(), name.getValue()));
        // Once someone types an address themselves, it is theirs: no more suggestions.
        slug.addValueChangeListener(e -> slugChosen = slugChosen || e.isFromClient());

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(acronym).bind("acronym");
        binder.forField(slug)
                .asRequired(getTranslation("validation.required"))
                .withValidator(s -> s.matches("[a-z0-9]+(-[a-z0-9]+)*"), getTranslation("bodies.slug.invalid"))
                .bind("slug");
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind("kind");
        // Always set (no empty choice); Vaadin's required marker on a select fails axe (aria-required on a button).
        kind.setRequiredIndicatorVisible(false);
        binder.readRecord(new Form("", "", "", BodyKind.ADVISORY_COMMITTEE));

        add(new FormLayout(name, acronym, slug, kind));
        Button save = new Button(getTranslation("bodies.create"), e -> {
            try {
                Form f = binder.writeRecord();
                editor.createBody(new NewBody(f.name(), f.acronym(), f.slug(), f.kind(), "", true, null, List.of()));
                close();
                created.run();
            } catch (ValidationException invalid) {
                // Each message is already next to its field.
            } catch (RuleViolationException violation) {
                FieldErrors.show(this, violation, Map.of("slug", slug));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private boolean slugChosen;

    private void suggest(TextField slug, String acronym, String name) {
        String source = acronym != null && !acronym.isBlank() ? acronym : name;
        if (source == null || slugChosen) {
            return;
        }
        String ascii = Normalizer.normalize(source, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        slug.setValue(
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
    }
}
