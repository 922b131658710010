package roundtable.meetings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import roundtable.base.ui.DatePickers;
import roundtable.meetings.MeetingLimits;
import roundtable.meetings.Recurrence;

/**
 * The meeting editor's "repeat" section, for a new meeting that may become a regular series: how
 * often, and until when or how many times. Its own part because the rest of the form plans one
 * meeting; the how-often fields only show once a pattern is chosen, so a single meeting stays short.
 */
class SeriesFields extends Composite<Div> {

    private static final long serialVersionUID = 1L;

    private final Select<Recurrence.Pattern> repeat = new Select<>();
    private final IntegerField interval = new IntegerField();
    private final DatePicker until;
    private final IntegerField count = new IntegerField();

    SeriesFields() {
        repeat.setLabel(getTranslation("meeting-editor.repeat"));
        repeat.setItems(Recurrence.Pattern.values());
        repeat.setEmptySelectionAllowed(true);
        repeat.setEmptySelectionCaption(getTranslation("meeting-editor.repeat.none"));
        repeat.setItemLabelGenerator(
                p -> p == null ? getTranslation("meeting-editor.repeat.none") : getTranslation(p.messageKey()));
        repeat.setId("meeting-repeat");
        interval.setLabel(getTranslation("meeting-editor.interval"));
        interval.setHelperText(getTranslation("meeting-editor.interval.help"));
        interval.setMin(1);
        interval.setMax(12);
        interval.setStepButtonsVisible(true);
        interval.setId("meeting-interval");
        until = DatePickers.localised(getTranslation("meeting-editor.until"));
        until.setId("meeting-until");
        count.setLabel(getTranslation("meeting-editor.count"));
        count.setHelperText(getTranslation("meeting-editor.count.help"));
        count.setMin(2);
        count.setMax(MeetingLimits.MAX_OCCURRENCES);
        count.setId("meeting-count");

        getContent()
                .add(
                        new H2(getTranslation("meeting-editor.series")),
                        new Paragraph(getTranslation("meeting-editor.series.help")),
                        new FormLayout(repeat, interval, until, count));
        repeat.addValueChangeListener(e -> showSeriesFields());
        showSeriesFields();
    }

    /** Binds the fields to the form's repeat, interval, until and count. */
    void bindTo(Binder<MeetingForm> binder) {
        binder.forField(repeat).bind("repeat");
        binder.forField(interval).bind("interval");
        binder.forField(until).bind("until");
        binder.forField(count).bind("count");
    }

    /** The fields by the names the services' rules give them, so a broken rule is shown at its field. */
    Map<String, HasValidation> fields() {
        return Map.of("until", until, "count", count, "interval", interval, "pattern", repeat);
    }

    private void showSeriesFields() {
        boolean repeats = repeat.getValue() != null;
        interval.setVisible(repeats);
        until.setVisible(repeats);
        count.setVisible(repeats);
    }
}
