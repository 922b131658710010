package roundtable.attendance.ui;

import com.vaadin.flow.component.html.Paragraph;

import roundtable.attendance.RsvpState;
import roundtable.attendance.RsvpView;

/** Where an RSVP stands, in words (never colour alone), announced to screen readers when it changes. */
class RsvpStatus extends Paragraph {

    private static final long serialVersionUID = 1L;

    RsvpStatus(RsvpView rsvp, boolean justSaved) {
        setId("rsvp-status");
        addClassName("notice");
        getElement().setAttribute("role", "status");
        StringBuilder text = new StringBuilder();
        if (justSaved) {
            text.append(getTranslation("rsvp.saved")).append(' ');
        }
        text.append(getTranslation("rsvp.your-answer", getTranslation(rsvp.response().messageKey()),
                getTranslation(rsvp.state().messageKey())));
        if (rsvp.state() == RsvpState.WAITLISTED && rsvp.waitlistPosition() != null) {
            text.append(' ').append(getTranslation("rsvp.waitlist-position", rsvp.waitlistPosition()));
        }
        if (rsvp.lateRequests()) {
            text.append(' ').append(getTranslation("rsvp.late"));
        }
        setText(text.toString());
    }
}
