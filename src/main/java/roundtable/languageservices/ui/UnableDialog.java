package roundtable.languageservices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import roundtable.languageservices.RequestArrangements;
import roundtable.languageservices.RequestRef;

/** Says a request cannot be arranged, with the reason the requester will read. */
class UnableDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    UnableDialog(RequestArrangements arrangements, String need, List<RequestRef> refs, Runnable done) {
        setHeaderTitle(getTranslation("desk.unable.title", need));
        TextArea reason = new TextArea(getTranslation("desk.unable.reason"));
        reason.setHelperText(getTranslation("desk.unable.reason.help"));
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("unable-reason");
        add(new Paragraph(getTranslation("desk.unable.count", refs.size())), reason);
        Button save = new Button(getTranslation("desk.unable.action"), e -> {
            if (DeskNotices.attempt(
                    this, () -> arrangements.markUnable(refs, reason.getValue()), Map.of("reason", reason), () -> {
                        close();
                        done.run();
                    })) {
                close();
                DeskNotices.done(this, getTranslation("desk.marked-unable"));
                done.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.setId("unable-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
