package roundtable.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import roundtable.attendance.CapacityService;
import roundtable.attendance.Places;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;

/** For the body's chair and secretary: how many places there are, how many are taken and how many wait. */
class PlacesForm extends Div {

    private static final long serialVersionUID = 1L;

    private final CapacityService attendance;
    private final long meetingId;

    PlacesForm(CapacityService attendance, long meetingId) {
        this.attendance = attendance;
        this.meetingId = meetingId;
        setId("rsvp-places");
        addClassName("rsvp-form");
        render(attendance.places(meetingId));
    }

    private void render(Places places) {
        removeAll();
        Paragraph summary = new Paragraph(
                places.capacity() == null
                        ? getTranslation("rsvp.places.unlimited", places.taken())
                        : getTranslation("rsvp.places.summary", places.taken(), places.capacity(), places.waiting()));
        summary.setId("rsvp-places-summary");
        summary.getElement().setAttribute("role", "status");
        IntegerField capacity = new IntegerField(getTranslation("rsvp.places.capacity"));
        capacity.setId("rsvp-capacity");
        capacity.setMin(1);
        capacity.setHelperText(getTranslation("rsvp.places.capacity-help"));
        capacity.setValue(places.capacity());
        Button save = new Button(getTranslation("rsvp.places.save"));
        save.setId("rsvp-capacity-save");
        save.addClickListener(e -> {
            try {
                attendance.setCapacity(meetingId, capacity.getValue());
                render(attendance.places(meetingId));
            } catch (RuleViolationException ex) {
                FieldErrors.show(this, ex, Map.of("capacity", capacity));
            }
        });
        add(new AttendanceOverviewPanel(attendance.overview(meetingId)));
        add(new H3(getTranslation("rsvp.places.title")), summary, capacity, save);
    }
}
