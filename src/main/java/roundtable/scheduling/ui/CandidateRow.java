package roundtable.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import roundtable.base.ui.DatePickers;

/** One candidate time in the proposal form: a date, a start time, and a way to remove it. */
class CandidateRow extends Div {

    private static final long serialVersionUID = 1L;

    final DatePicker date;
    final TimePicker time;
    final Button remove;

    CandidateRow(Runnable onRemove) {
        addClassName("candidate-row");
        date = DatePickers.localised("");
        time = new TimePicker();
        time.setStep(Duration.ofMinutes(15));
        time.setValue(LocalTime.of(18, 0));
        remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(date, time, remove);
    }

    /** Labels carry the row's number, so each field and button is told apart by a screen reader. */
    void number(int index) {
        int n = index + 1;
        date.setLabel(getTranslation("poll.candidate.date", n));
        date.setId("candidate-date-" + index);
        time.setLabel(getTranslation("poll.candidate.time", n));
        time.setId("candidate-time-" + index);
        remove.setAriaLabel(getTranslation("poll.candidate.remove", n));
        remove.setTooltipText(getTranslation("poll.candidate.remove", n));
        remove.setId("candidate-remove-" + index);
    }

    /** Null until both parts are filled. */
    LocalDateTime value() {
        return date.getValue() == null || time.getValue() == null
                ? null
                : date.getValue().atTime(time.getValue());
    }

    void clearError() {
        date.setInvalid(false);
    }
}
