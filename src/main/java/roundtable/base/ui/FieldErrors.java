package roundtable.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import roundtable.base.RuleViolationException;

/** Shows a refused rule next to the field it concerns, in the reader's language; elsewhere as a notice. */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(
            Component form, RuleViolationException violation, Map<String, ? extends HasValidation> fields) {
        String message = form.getTranslation(violation.messageKey(), violation.arguments());
        HasValidation field = fields.get(violation.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        } else {
            Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
