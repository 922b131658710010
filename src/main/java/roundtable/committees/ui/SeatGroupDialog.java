package roundtable.committees.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Map;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeLimits;
import roundtable.committees.CommitteeService;
import roundtable.committees.SeatGroupData;
import roundtable.committees.SeatGroupSummary;

/** Adds a constituency to a body, or changes one: how many seats, voting or not, term length, who may hold them. */
class SeatGroupDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public record Form(String name, Integer seatCount, Boolean voting, Integer termMonths, BodySummary requiredBody) {}

    SeatGroupDialog(
            CommitteeService committees,
            BodyEditor editor,
            BodySummary body,
            SeatGroupSummary existing,
            Runnable saved) {
        setHeaderTitle(
                existing == null ? getTranslation("seats.add") : getTranslation("seats.edit.for", existing.name()));
        setWidth("min(34rem, 96vw)");

        TextField name = new TextField(getTranslation("seats.name"));
        name.setMaxLength(CommitteeLimits.SEAT_GROUP_NAME);
        name.setHelperText(getTranslation("seats.name.help"));
        IntegerField seatCount = new IntegerField(getTranslation("seats.count"));
        seatCount.setMin(1);
        seatCount.setMax(500);
        seatCount.setStepButtonsVisible(true);
        Checkbox voting = new Checkbox(getTranslation("seats.voting"));
        IntegerField termMonths = new IntegerField(getTranslation("seats.term-months"));
        termMonths.setHelperText(getTranslation("seats.term-months.help"));
        termMonths.setMin(1);
        termMonths.setMax(120);
        ComboBox<BodySummary> required = new ComboBox<>(getTranslation("seats.required-body"));
        required.setHelperText(getTranslation("seats.required-body.help"));
        List<BodySummary> others =
                committees.allBodies().stream().filter(b -> b.id() != body.id()).toList();
        required.setItems(others);
        required.setItemLabelGenerator(BodySummary::name);
        required.setClearButtonVisible(true);

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(seatCount)
                .asRequired(getTranslation("validation.required"))
                .withValidator(n -> n >= 1 && n <= 500, getTranslation("seats.count.invalid"))
                .bind("seatCount");
        binder.forField(voting).bind("voting");
        binder.forField(termMonths)
                .withValidator(n -> n == null || (n >= 1 && n <= 120), getTranslation("seats.term-months.invalid"))
                .bind("termMonths");
        binder.forField(required).bind("requiredBody");
        binder.readRecord(
                existing == null
                        ? new Form("", 1, true, 24, null)
                        : new Form(
                                existing.name(),
                                existing.seats(),
                                existing.voting(),
                                existing.termMonths(),
                                others.stream()
                                        .filter(b -> existing.requiredBodyId() != null
                                                && b.id() == existing.requiredBodyId())
                                        .findFirst()
                                        .orElse(null)));

        add(new FormLayout(name, seatCount, termMonths, required, voting));
        Button save = new Button(getTranslation("common.save"), e -> {
            Map<String, HasValidation> fields = Map.of("seatCount", seatCount, "requiredBody", required, "name", name);
            try {
                Form f = binder.writeRecord();
                var data = new SeatGroupData(
                        f.name(),
                        f.seatCount(),
                        Boolean.TRUE.equals(f.voting()),
                        f.termMonths(),
                        f.requiredBody() == null ? null : f.requiredBody().id());
                if (existing == null) {
                    editor.addSeatGroup(body.id(), data);
                } else {
                    editor.redefineSeatGroup(body.id(), existing.id(), existing.version(), data);
                }
                close();
                saved.run();
            } catch (ValidationException invalid) {
                // Each message is already next to its field.
            } catch (RuleViolationException violation) {
                FieldErrors.show(this, violation, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-seat-group");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
