package roundtable.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesQuorum;
import roundtable.minutes.MinutesRenderer;

/** Who attended, one choice per person, with the quorum line worked out as the secretary marks them. */
class AttendanceEditor extends Div {

    private static final long serialVersionUID = 1L;

    private record Row(Attendance person, Select<Presence> presence) {}

    private final TextField guest = new TextField();

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph quorum = new Paragraph();
    private final int needed;
    private final transient MinutesRenderer renderer;
    private final List<Runnable> listeners = new ArrayList<>();

    private final Set<Long> unnamedInPublic;

    AttendanceEditor(
            List<Attendance> attendance,
            int needed,
            Set<Long> unnamedInPublic,
            MinutesRenderer renderer,
            boolean editable) {
        this.needed = needed;
        this.unnamedInPublic = unnamedInPublic;
        this.renderer = renderer;
        addClassName("minutes-attendance");
        quorum.setId("minutes-quorum");
        quorum.addClassName("minutes-quorum");
        quorum.getElement().setAttribute("role", "status");
        list.addClassName("minutes-attendance-list");
        add(new H2(getTranslation("minutes.editor.attendance")), quorum, list);
        attendance.forEach(a -> addRow(a, editable));
        if (editable) {
            guest.setLabel(getTranslation("minutes.editor.guest"));
            guest.setId("minutes-guest-name");
            guest.setMaxLength(200);
            Button add = new Button(getTranslation("minutes.editor.add-guest"), e -> {
                if (!guest.getValue().isBlank()) {
                    addRow(new Attendance(null, guest.getValue().strip(), null, false, Presence.GUEST), true);
                    guest.clear();
                    changed();
                }
            });
            add.setId("minutes-add-guest");
            HorizontalLayout line = new HorizontalLayout(guest, add);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            add(line);
        }
        showQuorum();
    }

    private void addRow(Attendance a, boolean editable) {
        Select<Presence> presence = new Select<>();
        presence.setLabel(a.role() == null ? nameOf(a) : nameOf(a) + " (" + a.role() + ")");
        if (a.personId() != null && unnamedInPublic.contains(a.personId())) {
            // The secretary should know before writing the name into the notes.
            presence.setHelperText(getTranslation("minutes.editor.unnamed-in-public"));
        }
        presence.setItems(Presence.values());
        presence.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        presence.setValue(a.presence());
        presence.setReadOnly(!editable);
        presence.addClassName("minutes-presence");
        presence.addValueChangeListener(e -> changed());
        Row row = new Row(a, presence);
        rows.add(row);
        Div line = new Div(presence);
        line.addClassName("minutes-attendance-row");
        if (editable && a.personId() == null) {
            // Only someone without a seat can be taken off: a member stays on the list as absent or excused.
            Button remove = new Button(getTranslation("minutes.editor.remove-guest"), e -> {
                rows.remove(row);
                list.remove(line);
                changed();
                guest.focus();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("minutes.editor.remove-guest.label", nameOf(a)));
            remove.addClassName("minutes-remove-guest");
            line.add(remove);
        }
        list.add(line);
    }

    private String nameOf(Attendance a) {
        return a.name() == null ? getTranslation("minutes.editor.former-member") : a.name();
    }

    List<Attendance> value() {
        return rows.stream()
                .map(r -> new Attendance(
                        r.person().personId(),
                        r.person().name(),
                        r.person().role(),
                        r.person().voting(),
                        r.presence().getValue()))
                .toList();
    }

    /** Voting members marked present: the roll call of a motion lists them. */
    List<Attendance> votingPresent() {
        return value().stream()
                .filter(a -> a.voting() && a.presence().present())
                .toList();
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        showQuorum();
        listeners.forEach(Runnable::run);
    }

    private void showQuorum() {
        MinutesQuorum q = MinutesQuorum.of(value(), needed);
        quorum.setText(renderer.quorumLine(q, getLocale()));
        quorum.getElement().setAttribute("data-met", String.valueOf(q.met()));
    }
}
