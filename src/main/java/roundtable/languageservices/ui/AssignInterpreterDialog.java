package roundtable.languageservices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.RequestKind;
import roundtable.base.i18n.LanguageNames;
import roundtable.languageservices.AccessRequestDesk;
import roundtable.languageservices.InterpreterKind;
import roundtable.languageservices.InterpreterSummary;
import roundtable.languageservices.RequestArrangements;
import roundtable.languageservices.RequestRef;

/** Chooses who on the roster takes a group's (or one person's) requests. */
class AssignInterpreterDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    AssignInterpreterDialog(
            AccessRequestDesk desk,
            RequestArrangements arrangements,
            RequestKind kind,
            String languageTag,
            Set<InterpretationMode> modes,
            String need,
            List<RequestRef> refs,
            Runnable done) {
        setHeaderTitle(getTranslation("desk.assign.title", need));
        List<InterpreterSummary> candidates = desk.candidatesFor(kind, languageTag, modes);
        if (candidates.isEmpty()) {
            add(
                    new Paragraph(getTranslation("desk.assign.nobody", LanguageNames.of(languageTag, getLocale()))),
                    new Anchor(LanguageServicesNav.INTERPRETERS, getTranslation("desk.assign.to-roster")));
            Button close = new Button(getTranslation("common.close"), e -> close());
            getFooter().add(close);
            return;
        }
        ComboBox<InterpreterSummary> interpreter = new ComboBox<>(getTranslation("desk.assign.interpreter"));
        interpreter.setItems(candidates);
        interpreter.setItemLabelGenerator(this::describe);
        interpreter.setRequired(true);
        interpreter.setWidthFull();
        interpreter.setId("assign-interpreter");
        add(new Paragraph(getTranslation("desk.assign.count", refs.size())), interpreter);
        Button assign = new Button(getTranslation("desk.assign.action"), e -> {
            if (interpreter.getValue() == null) {
                interpreter.setErrorMessage(getTranslation("validation.required"));
                interpreter.setInvalid(true);
                return;
            }
            InterpreterSummary chosen = interpreter.getValue();
            if (DeskNotices.attempt(
                    this, () -> arrangements.assign(refs, chosen.id()), Map.of("interpreter", interpreter), () -> {
                        close();
                        done.run();
                    })) {
                close();
                DeskNotices.done(
                        this,
                        chosen.email() == null
                                ? getTranslation(
                                        "desk.assigned.call",
                                        chosen.name(),
                                        chosen.phone() == null ? "" : chosen.phone())
                                : getTranslation("desk.assigned", chosen.name()));
                done.run();
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, assign);
    }

    private String describe(InterpreterSummary i) {
        String kind = i.kind() == InterpreterKind.VENDOR ? i.vendorName() : getTranslation("interpreters.kind.staff");
        String modes =
                i.modes().stream().map(m -> getTranslation(m.messageKey())).collect(Collectors.joining(", "));
        return i.name() + " — " + kind + " — " + modes;
    }
}
