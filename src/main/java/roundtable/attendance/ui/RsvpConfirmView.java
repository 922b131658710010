package roundtable.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import roundtable.attendance.GuestRsvpChanges;
import roundtable.attendance.RsvpState;
import roundtable.attendance.RsvpView;
import roundtable.base.RuleViolationException;

/**
 * Where a guest's confirmation link lands: a button to confirm, since mail scanners open links and
 * a bare visit must not reserve a place.
 */
@Route("rsvp/confirm")
@AnonymousAllowed
public class RsvpConfirmView extends GuestLinkPage {

    private static final long serialVersionUID = 1L;

    private final transient GuestRsvpChanges attendance;

    RsvpConfirmView(GuestRsvpChanges attendance) {
        this.attendance = attendance;
    }

    @Override
    protected void load() {
        show(attendance.guestRsvpToConfirm(token), false);
    }

    private void show(RsvpView rsvp, boolean justConfirmed) {
        header("rsvp.confirm.heading", rsvp);
        if (rsvp.state() == RsvpState.AWAITING_EMAIL_CONFIRMATION) {
            add(new Paragraph(getTranslation(
                    "rsvp.confirm.intro",
                    rsvp.guestName(),
                    getTranslation(rsvp.response().messageKey()))));
            Button confirm = new Button(getTranslation("rsvp.confirm.button"));
            confirm.setId("rsvp-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(e -> attempt(() -> {
                try {
                    show(attendance.confirmGuest(token), true);
                } catch (RuleViolationException ex) {
                    Paragraph refused = new Paragraph(getTranslation(ex.messageKey(), ex.arguments()));
                    refused.setId("rsvp-refused");
                    refused.getElement().setAttribute("role", "alert");
                    add(refused);
                }
            }));
            add(confirm);
        } else {
            add(new RsvpStatus(rsvp, justConfirmed));
            add(new Paragraph(getTranslation("rsvp.confirm.manage-by-email")));
        }
    }
}
