package roundtable.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Words for a field's own max-length check. A browser never sends more than a field's max length,
 * but a script can; the binder then refuses the value with the field's check, whose message is
 * empty unless set here, so the person would see a red field and no reason.
 */
public final class MaxLengthMessages {

    private MaxLengthMessages() {}

    public static void explain(Component form, TextField... fields) {
        for (TextField field : fields) {
            field.setI18n(new TextField.TextFieldI18n()
                    .setMaxLengthErrorMessage(form.getTranslation("validation.too-long", field.getMaxLength())));
        }
    }

    public static void explain(Component form, TextArea... areas) {
        for (TextArea area : areas) {
            area.setI18n(new TextArea.TextAreaI18n()
                    .setMaxLengthErrorMessage(form.getTranslation("validation.too-long", area.getMaxLength())));
        }
    }
}
