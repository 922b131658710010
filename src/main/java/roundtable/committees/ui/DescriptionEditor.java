package roundtable.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeLimits;

/** A chair's edit of the public description. The service sanitises the HTML and refuses a stale version. */
class DescriptionEditor extends Dialog {

    private static final long serialVersionUID = 1L;

    public record Form(String html) {}

    DescriptionEditor(BodyEditor editor, BodySummary body, Runnable saved) {
        setHeaderTitle(getTranslation("my-committees.edit-description") + " — " + body.shortName());
        TextArea html = new TextArea(getTranslation("my-committees.description"));
        html.setHelperText(getTranslation("my-committees.description.help"));
        html.setMaxLength(CommitteeLimits.DESCRIPTION);
        html.setWidthFull();
        html.setMinHeight("12em");
        html.setId("description-field");

        Binder<Form> binder = new Binder<>();
        binder.forField(html)
                .withValidator(
                        v -> v.length() <= CommitteeLimits.DESCRIPTION,
                        getTranslation("validation.too-long", CommitteeLimits.DESCRIPTION))
                .bind(Form::html, null);
        binder.readBean(new Form(body.descriptionHtml() == null ? "" : body.descriptionHtml()));

        Button save = new Button(getTranslation("common.save"), e -> {
            if (binder.validate().isOk()) {
                try {
                    editor.describeBody(body.id(), body.version(), html.getValue());
                } catch (RuleViolationException violation) {
                    FieldErrors.show(this, violation, Map.of("descriptionHtml", html));
                    return;
                }
                Notification.show(getTranslation("common.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-description");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(html);
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }
}
