package roundtable.attendance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.HashMap;
import java.util.Map;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.RsvpView;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;
import roundtable.meetings.MeetingSummary;

/** A signed-in person's RSVP and requests, changeable until the meeting starts. */
class MemberRsvpForm extends Section {

    private static final long serialVersionUID = 1L;

    private final MemberRsvps attendance;
    private final MeetingSummary meeting;

    MemberRsvpForm(MemberRsvps attendance, MeetingSummary meeting) {
        this.attendance = attendance;
        this.meeting = meeting;
        setId("rsvp");
        addClassName("rsvp");
        render(attendance.myRsvp(meeting.id()).orElse(null), false);
    }

    private void render(RsvpView current, boolean justSaved) {
        removeAll();
        H2 heading = new H2(getTranslation("rsvp.title"));
        heading.setId("rsvp-heading");
        add(heading);
        getElement().setAttribute("aria-labelledby", "rsvp-heading");
        if (current != null) {
            add(new RsvpStatus(current, justSaved));
        }
        ResponseChoice response = new ResponseChoice(current == null ? null : current.response());
        NeedsWhenComing needs = new NeedsWhenComing(response, current == null ? null : current.needs());
        AnswerFollowUps followUps = new AnswerFollowUps(response, needs, current);
        Button save = new Button(getTranslation(current == null ? "rsvp.send" : "rsvp.update"));
        save.setId("rsvp-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = new HashMap<>(needs.fields());
            fields.put("response", response);
            try {
                render(attendance.rsvp(meeting.id(), response.getValue(), needs.value()), true);
            } catch (RuleViolationException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        Div form = new Div(response, followUps, needs, save);
        form.addClassName("rsvp-form");
        add(form);
    }
}
