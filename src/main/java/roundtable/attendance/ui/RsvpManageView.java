package roundtable.attendance.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import roundtable.attendance.AttendanceService;
import roundtable.attendance.RsvpState;
import roundtable.attendance.RsvpView;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;

/** A confirmed guest changes their answer and requests, or cancels, from the link in their email. */
@Route("rsvp/manage")
@AnonymousAllowed
public class RsvpManageView extends GuestLinkPage {

    private static final long serialVersionUID = 1L;

    private final transient AttendanceService attendance;

    RsvpManageView(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @Override
    protected void load() {
        show(attendance.guestManage(token), false);
    }

    private void show(RsvpView rsvp, boolean justSaved) {
        header("rsvp.manage.heading", rsvp);
        add(new RsvpStatus(rsvp, justSaved));
        if (rsvp.state() == RsvpState.CANCELLED || rsvp.state() == RsvpState.AWAITING_EMAIL_CONFIRMATION
                || !rsvp.changeable()) {
            return;
        }
        ResponseChoice response = new ResponseChoice(rsvp.response());
        NeedsFields needs = new NeedsFields(rsvp.needs());
        Button save = new Button(getTranslation("rsvp.update"));
        save.setId("rsvp-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> attempt(() -> {
            Map<String, HasValidation> fields = new HashMap<>(needs.fields());
            fields.put("response", response);
            try {
                show(attendance.guestChange(token, response.getValue(), needs.value()), true);
            } catch (RuleViolationException ex) {
                FieldErrors.show(this, ex, fields);
            }
        }));
        Button cancel = new Button(getTranslation("rsvp.manage.cancel"));
        cancel.setId("rsvp-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> attempt(() -> show(attendance.cancelByToken(token), true)));
        Div form = new Div(response, needs, save, cancel);
        form.addClassName("rsvp-form");
        // The form's own heading, so "What would help you take part" below it is not a level skipped.
        add(new H2(getTranslation("rsvp.title")), form);
    }
}
