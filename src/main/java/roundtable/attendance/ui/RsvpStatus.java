package roundtable.attendance.ui;

import com.vaadin.flow.component.html.Paragraph;
import roundtable.attendance.NeedsInWords;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpState;
import roundtable.attendance.RsvpView;

/**
 * Where an RSVP stands, in words (never colour alone), announced to screen readers when it changes.
 * Not coming is said as what it means (not expected), with what was withdrawn because of it.
 */
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
        if (rsvp.state() == RsvpState.CANCELLED) {
            text.append(getTranslation("rsvp.status.cancelled"));
        } else if (rsvp.response() == Response.NOT_ATTENDING) {
            text.append(getTranslation(
                    "rsvp.status.not-coming", getTranslation(rsvp.response().messageKey())));
        } else {
            text.append(getTranslation(
                    "rsvp.your-answer",
                    getTranslation(rsvp.response().messageKey()),
                    getTranslation(rsvp.state().messageKey())));
        }
        if (rsvp.state() == RsvpState.WAITLISTED && rsvp.waitlistPosition() != null) {
            text.append(' ').append(getTranslation("rsvp.waitlist-position", rsvp.waitlistPosition()));
        }
        if (rsvp.withdrawn().any()) {
            text.append(' ')
                    .append(getTranslation(
                            "rsvp.status.withdrawn",
                            NeedsInWords.joined(rsvp.withdrawn(), getLocale(), this::getTranslation)));
        }
        if (rsvp.lateRequests()) {
            text.append(' ').append(getTranslation("rsvp.late"));
        }
        setText(text.toString());
    }
}
