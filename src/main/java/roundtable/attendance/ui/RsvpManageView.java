package roundtable.attendance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.Map;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.GuestRsvpChanges;
import roundtable.attendance.NeedsInWords;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpState;
import roundtable.attendance.RsvpView;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;

/**
 * A confirmed guest changes their answer and requests, or cancels, from the link in their email.
 * Cancelling asks first, saying what it withdraws; once cancelled, the page says so plainly and
 * offers Undo (the same answer and requests back) or a new answer, until the meeting starts.
 */
@Route("rsvp/manage")
@AnonymousAllowed
public class RsvpManageView extends GuestLinkPage {

    private static final long serialVersionUID = 1L;

    private final transient GuestRsvpChanges attendance;

    RsvpManageView(GuestRsvpChanges attendance) {
        this.attendance = attendance;
    }

    @Override
    protected void load() {
        show(attendance.guestManage(token), false);
    }

    private void show(RsvpView rsvp, boolean justSaved) {
        header("rsvp.manage.heading", rsvp);
        RsvpStatus status = new RsvpStatus(rsvp, justSaved);
        add(status);
        if (justSaved) {
            // The buttons sit at the foot of the form: on a phone the outcome would otherwise be out of sight.
            status.scrollIntoView();
        }
        if (rsvp.state() == RsvpState.AWAITING_EMAIL_CONFIRMATION || !rsvp.changeable()) {
            return;
        }
        if (rsvp.state() == RsvpState.CANCELLED) {
            Paragraph help = new Paragraph(getTranslation("rsvp.manage.cancelled-help"));
            Button undo = new Button(
                    getTranslation("rsvp.manage.undo"), e -> change(rsvp.response(), rsvp.withdrawn(), Map.of()));
            undo.setId("rsvp-undo");
            undo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div undoing = new Div(undo);
            undoing.addClassName("rsvp-undo");
            add(help, undoing, new H2(getTranslation("rsvp.manage.answer-again.title")));
            add(form(rsvp, null, "rsvp.manage.answer-again"));
            return;
        }
        Div form = form(rsvp, rsvp.response(), "rsvp.update");
        Button cancel = new Button(getTranslation("rsvp.manage.cancel"), e -> askToCancel(rsvp));
        cancel.setId("rsvp-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        form.add(cancel);
        // The form's own heading, so "What would help you take part" below it is not a level skipped.
        add(new H2(getTranslation("rsvp.title")), form);
    }

    /** The answer and what would help, with its follow-up questions, and the button that saves them. */
    private Div form(RsvpView rsvp, Response answer, String saveKey) {
        ResponseChoice response = new ResponseChoice(answer);
        NeedsFields needs = new NeedsFields(answer == null ? null : rsvp.needs());
        AnswerFollowUps followUps = new AnswerFollowUps(response, needs, rsvp);
        Button save = new Button(getTranslation(saveKey));
        save.setId("rsvp-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = new HashMap<>(needs.fields());
            fields.put("response", response);
            change(response.getValue(), needs.value(), fields);
        });
        Div form = new Div(response, followUps, needs, save);
        form.addClassName("rsvp-form");
        return form;
    }

    private void change(Response response, AccessNeeds needs, Map<String, HasValidation> fields) {
        attempt(() -> {
            try {
                show(attendance.guestChange(token, response, needs), true);
            } catch (RuleViolationException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
    }

    /** One tap does not cancel: the guest reads what it means, and what it withdraws, first. */
    private void askToCancel(RsvpView rsvp) {
        String title = rsvp.meeting().title();
        String what = rsvp.needs().any()
                ? getTranslation(
                        "rsvp.manage.cancel.text-requests",
                        title,
                        NeedsInWords.joined(rsvp.needs(), getLocale(), this::getTranslation))
                : getTranslation("rsvp.manage.cancel.text", title);
        Paragraph text = new Paragraph(what + " " + getTranslation("rsvp.manage.cancel.after"));
        text.setId("rsvp-cancel-what");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("rsvp.manage.cancel.title"));
        dialog.setText(text);
        dialog.setConfirmText(getTranslation("rsvp.manage.cancel"));
        dialog.addConfirmListener(e -> attempt(() -> show(attendance.cancelByToken(token), true)));
        dialog.setId("rsvp-cancel-dialog");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("rsvp.manage.cancel.keep"));
        dialog.open();
    }
}
