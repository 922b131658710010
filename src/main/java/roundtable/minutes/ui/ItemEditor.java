package roundtable.minutes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import roundtable.base.ui.DatePickers;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesContent.ActionItem;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.minutes.MinutesRenderer;

/** One agenda item's record: its notes, its motions and the action items it gave someone. */
class ItemEditor extends Div {

    private static final long serialVersionUID = 1L;

    private record ActionRow(Div row, TextField text, TextField owner, DatePicker due) {}

    private final String id;
    private final Long agendaItemId;
    private final TextField title = new TextField();
    private final TextArea notes = new TextArea();
    private final Div motions = new Div();
    private final Div actions = new Div();
    private final List<MotionEditor> motionEditors = new ArrayList<>();
    private final List<ActionRow> actionRows = new ArrayList<>();
    private final transient Supplier<List<Attendance>> votingPresent;
    private final transient MinutesRenderer renderer;
    private final boolean editable;
    private int motionCount;

    ItemEditor(
            String id,
            int number,
            Item item,
            Supplier<List<Attendance>> votingPresent,
            MinutesRenderer renderer,
            boolean editable) {
        this.id = id;
        this.agendaItemId = item.agendaItemId();
        this.votingPresent = votingPresent;
        this.renderer = renderer;
        this.editable = editable;
        setId(id);
        addClassName("minutes-item");
        H3 heading = new H3(number + ". " + item.title());
        title.setLabel(getTranslation("minutes.editor.item-title"));
        title.setId(id + "-title");
        title.setMaxLength(200);
        title.setValue(item.title() == null ? "" : item.title());
        title.setReadOnly(!editable);
        title.addValueChangeListener(e -> heading.setText(number + ". " + e.getValue()));
        notes.setLabel(getTranslation("minutes.editor.notes"));
        notes.setHelperText(getTranslation("minutes.editor.rich-text.help"));
        notes.setId(id + "-notes");
        notes.setMinHeight("6em");
        notes.setValue(item.notesHtml() == null ? "" : item.notesHtml());
        notes.setReadOnly(!editable);
        add(heading, title, notes, motions);
        item.motions().forEach(this::addMotion);
        if (editable) {
            Button addMotion = new Button(
                    getTranslation("minutes.editor.add-motion"),
                    e -> addMotion(new Motion("", "", "", VoteKind.COUNTS, 0, 0, 0, List.of())));
            addMotion.setId(id + "-add-motion");
            add(addMotion);
        }
        add(actions);
        item.actions().forEach(this::addAction);
        if (editable) {
            Button addAction = new Button(
                    getTranslation("minutes.editor.add-action"), e -> addAction(new ActionItem("", "", null)));
            addAction.setId(id + "-add-action");
            add(addAction);
        }
    }

    private void addMotion(Motion motion) {
        String motionId = id + "-motion-" + (++motionCount);
        MotionEditor[] editor = new MotionEditor[1];
        editor[0] =
                new MotionEditor(motionId, motionEditors.size() + 1, motion, votingPresent, renderer, editable, () -> {
                    motions.remove(editor[0]);
                    motionEditors.remove(editor[0]);
                    // Headings follow the order on the page, as the published minutes will number them.
                    for (int i = 0; i < motionEditors.size(); i++) {
                        motionEditors.get(i).number(i + 1);
                    }
                });
        motionEditors.add(editor[0]);
        motions.add(editor[0]);
    }

    private void addAction(ActionItem action) {
        String actionId = id + "-action-" + (actionRows.size() + 1);
        TextField text = new TextField(getTranslation("minutes.editor.action"));
        text.setId(actionId + "-text");
        text.setMaxLength(2000);
        text.setValue(action.text() == null ? "" : action.text());
        TextField owner = new TextField(getTranslation("minutes.editor.owner"));
        owner.setId(actionId + "-owner");
        owner.setMaxLength(200);
        owner.setValue(action.owner() == null ? "" : action.owner());
        DatePicker due = DatePickers.localised(getTranslation("minutes.editor.due"));
        due.setId(actionId + "-due");
        due.setValue(action.due());
        Div row = new Div(text, owner, due);
        row.addClassName("minutes-action");
        ActionRow actionRow = new ActionRow(row, text, owner, due);
        text.setReadOnly(!editable);
        owner.setReadOnly(!editable);
        due.setReadOnly(!editable);
        if (editable) {
            Button remove = new Button(getTranslation("minutes.editor.remove-action"), e -> {
                actions.remove(row);
                actionRows.remove(actionRow);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            // "Remove" alone, read out in a list of actions, would not say which one goes.
            remove.setAriaLabel(getTranslation(
                    "minutes.editor.remove-action.label",
                    text.getValue().isBlank() ? getTranslation("minutes.editor.action") : text.getValue()));
            text.addValueChangeListener(e -> remove.setAriaLabel(getTranslation(
                    "minutes.editor.remove-action.label",
                    e.getValue().isBlank() ? getTranslation("minutes.editor.action") : e.getValue())));
            row.add(remove);
        }
        actionRows.add(actionRow);
        actions.add(row);
    }

    /** Attendance changed: the roll calls of this item's motions follow it. */
    void attendanceChanged() {
        motionEditors.forEach(MotionEditor::attendanceChanged);
    }

    /** This item's rich-text fields by the names the service's refusals give them, this item being number {@code index} (from 0). */
    Map<String, HasValidation> richTextFields(int index) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put(MinutesContent.notesField(index), notes);
        for (int m = 0; m < motionEditors.size(); m++) {
            fields.put(
                    MinutesContent.motionField(index, m), motionEditors.get(m).textField());
        }
        return fields;
    }

    Item value() {
        return new Item(
                agendaItemId,
                title.getValue(),
                notes.getValue(),
                motionEditors.stream().map(MotionEditor::value).toList(),
                actionRows.stream()
                        .map(r -> new ActionItem(
                                r.text().getValue(),
                                r.owner().getValue(),
                                r.due().getValue()))
                        .toList());
    }
}
