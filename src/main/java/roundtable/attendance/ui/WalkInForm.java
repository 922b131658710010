package roundtable.attendance.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.BiConsumer;
import roundtable.attendance.AttendanceLimits;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.CheckInOutcome;
import roundtable.attendance.checkin.CheckInService;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;

/** Someone who is on no list (no RSVP, not a member) is checked in by name. */
class WalkInForm extends Section {

    private static final long serialVersionUID = 1L;

    private final TextField name = new TextField();

    WalkInForm(CheckInService checkIns, long meetingId, BiConsumer<String, CheckInOutcome> added) {
        setId("walk-in");
        addClassName("walk-in-form");
        H2 heading = new H2(getTranslation("checkin.walk-in.title"));
        heading.setId("walk-in-heading");
        getElement().setAttribute("aria-labelledby", "walk-in-heading");
        name.setLabel(getTranslation("checkin.walk-in.name"));
        name.setId("walk-in-name");
        name.setMaxLength(AttendanceLimits.NAME);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(Autocomplete.OFF);
        RadioButtonGroup<AttendanceMode> mode = new RadioButtonGroup<>(getTranslation("checkin.walk-in.mode"));
        mode.setId("walk-in-mode");
        mode.setItems(AttendanceMode.values());
        mode.setItemLabelGenerator(
                m -> getTranslation(m == AttendanceMode.IN_PERSON ? "checkin.mode.in-person" : "checkin.mode.online"));
        mode.setValue(AttendanceMode.IN_PERSON);
        Button add = new Button(getTranslation("checkin.walk-in.add"));
        add.setId("walk-in-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(name);
        add.addClickListener(e -> {
            try {
                String typed = name.getValue().strip();
                CheckInOutcome outcome = checkIns.addWalkIn(meetingId, typed, mode.getValue());
                name.clear();
                name.setInvalid(false);
                added.accept(typed, outcome);
            } catch (RuleViolationException refused) {
                FieldErrors.show(this, refused, Map.of("name", name, "mode", mode));
            }
        });
        add(heading, new Paragraph(getTranslation("checkin.walk-in.help")), name, mode, add);
    }

    /** Starts a walk-in from a search that found nobody: the name is typed already. */
    void start(String typed) {
        name.setValue(typed);
        name.focus();
    }

    void focus() {
        name.focus();
    }
}
