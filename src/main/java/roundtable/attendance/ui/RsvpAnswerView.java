package roundtable.attendance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import roundtable.attendance.InvitationRsvps;
import roundtable.attendance.InvitationView;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpLinkException;
import roundtable.attendance.RsvpView;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;

/**
 * Where a member's one-click answer from the invitation email lands, without signing in: the
 * answer they clicked chosen, their requests to add or adjust, and Confirm. Mail scanners open
 * links, so a visit records nothing. Once the meeting has started or is called off, it says so.
 */
@Route("rsvp/answer")
@AnonymousAllowed
public class RsvpAnswerView extends GuestLinkPage {

    private static final long serialVersionUID = 1L;

    private final transient InvitationRsvps attendance;
    private Response clicked;
    /** The link's answer was altered (not one the email offers): the link as a whole is not to be trusted. */
    private boolean altered;

    RsvpAnswerView(InvitationRsvps attendance) {
        this.attendance = attendance;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        // Absent: opened without a choice (the page asks). Present, it must be one of the answers as the email wrote
        // it.
        List<String> answers =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("response", List.of());
        clicked = answers.size() == 1 ? response(answers.getFirst()).orElse(null) : null;
        altered = !answers.isEmpty() && clicked == null;
        super.setParameter(event, token);
    }

    @Override
    protected void load() {
        if (altered) {
            throw new RsvpLinkException(RsvpLinkException.Problem.INVALID);
        }
        show(attendance.invitation(token), false);
    }

    private void show(InvitationView invitation, boolean justSaved) {
        header("rsvp.answer.heading", invitation.meeting());
        add(new Paragraph(getTranslation("rsvp.answer.for", invitation.name())));
        RsvpView current = invitation.current();
        if (current != null) {
            RsvpStatus status = new RsvpStatus(current, justSaved);
            add(status);
            if (justSaved) {
                // Confirm sits at the foot of the form: on a phone the outcome would otherwise be out of sight.
                status.scrollIntoView();
            }
        }
        Paragraph standing = new Paragraph(getTranslation(invitation.standing().messageKey()));
        standing.setId("rsvp-standing");
        if (!invitation.open()) {
            standing.addClassName("notice");
            add(standing);
            return;
        }
        if (!justSaved) {
            add(new Paragraph(getTranslation("rsvp.answer.intro")));
        }
        Response chosen = justSaved || clicked == null ? (current == null ? null : current.response()) : clicked;
        List<Response> offered = invitation.answers();
        ResponseChoice response =
                new ResponseChoice(chosen != null && offered.contains(chosen) ? chosen : null, offered);
        NeedsFields needs = new NeedsFields(current == null ? null : current.needs());
        // Folded away unless already asked for, so Confirm is close to the answer on a phone.
        Paragraph ownWords = new Paragraph(getTranslation("rsvp.answer.own-words-kept"));
        ownWords.addClassName("meta");
        Details help = new Details(getTranslation("rsvp.answer.help"), ownWords, needs);
        help.setId("rsvp-help");
        help.setOpened(current != null && current.needs().any());
        // Not coming asks for nothing, so the questions about help step aside.
        help.setVisible(response.getValue() != Response.NOT_ATTENDING);
        response.addValueChangeListener(e -> help.setVisible(e.getValue() != Response.NOT_ATTENDING));
        // What the follow-up questions fill in is brought into sight: the folded questions open.
        AnswerFollowUps followUps = new AnswerFollowUps(
                response, AnswerFollowUps.Needs.revealing(needs, () -> help.setOpened(true)), current);
        Button confirm = new Button(getTranslation("rsvp.answer.confirm"));
        confirm.setId("rsvp-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> attempt(() -> {
            Map<String, HasValidation> fields = new HashMap<>(needs.fields());
            fields.put("response", response);
            try {
                attendance.rsvpByInvitation(token, response.getValue(), needs.value());
                show(attendance.invitation(token), true);
            } catch (RuleViolationException ex) {
                FieldErrors.show(this, ex, fields);
            } catch (RsvpLinkException ex) {
                // Expired since the page was opened: the page now says why it takes no answer.
                load();
            }
        }));
        Div form = new Div(response, followUps, help, confirm);
        form.addClassName("rsvp-form");
        add(form, standing);
    }

    private static Optional<Response> response(String name) {
        return Arrays.stream(Response.values())
                .filter(r -> r.name().equals(name))
                .findFirst();
    }
}
