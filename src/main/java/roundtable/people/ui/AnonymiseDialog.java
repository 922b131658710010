package roundtable.people.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import roundtable.people.PersonEditor;
import roundtable.people.PersonSummary;

/** Says plainly what anonymising erases, what it keeps and that it cannot be undone, before doing it. */
class AnonymiseDialog extends ConfirmDialog {

    private static final long serialVersionUID = 1L;

    AnonymiseDialog(PersonEditor people, PersonSummary person, Runnable done) {
        setHeader(getTranslation("people.anonymise.title", person.fullName()));
        setText(getTranslation("people.anonymise.consequences", person.fullName()));
        setCancelable(true);
        setCancelText(getTranslation("common.cancel"));
        setConfirmText(getTranslation("people.anonymise"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> {
            people.anonymisePerson(person.id());
            Notification.show(getTranslation("people.anonymise.done"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        });
        setId("anonymise-dialog");
    }
}
