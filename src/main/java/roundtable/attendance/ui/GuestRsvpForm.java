package roundtable.attendance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import java.util.HashMap;
import java.util.Map;
import roundtable.attendance.AttendanceLimits;
import roundtable.attendance.GuestRsvps;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.base.ui.FieldErrors;
import roundtable.meetings.MeetingSummary;

/**
 * RSVP without an account, for public meetings: name, email and the language to write in. Nothing
 * counts until the guest follows the emailed link, which the page says plainly.
 */
class GuestRsvpForm extends Section {

    private static final long serialVersionUID = 1L;

    GuestRsvpForm(GuestRsvps attendance, MeetingSummary meeting) {
        setId("rsvp");
        addClassName("rsvp");
        H2 heading = new H2(getTranslation("rsvp.title"));
        heading.setId("rsvp-heading");
        getElement().setAttribute("aria-labelledby", "rsvp-heading");
        add(heading, new Paragraph(getTranslation("rsvp.guest.intro")));

        TextField name = new TextField(getTranslation("rsvp.guest.name"));
        name.setId("rsvp-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(AttendanceLimits.NAME);
        name.setAutocomplete(Autocomplete.NAME);
        EmailField email = new EmailField(getTranslation("rsvp.guest.email"));
        email.setId("rsvp-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(AttendanceLimits.EMAIL);
        email.setHelperText(getTranslation("rsvp.guest.email-help"));
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("rsvp.guest.language"));
        language.setId("rsvp-language");
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.of(getLocale()));
        ResponseChoice response = new ResponseChoice(null);
        NeedsWhenComing needs = new NeedsWhenComing(response, null);
        AnswerFollowUps followUps = new AnswerFollowUps(response, needs, null);
        Button send = new Button(getTranslation("rsvp.guest.send"));
        send.setId("rsvp-save");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, email, language, response, followUps, needs, send);
        form.addClassName("rsvp-form");
        add(form);
        send.addClickListener(e -> {
            Map<String, HasValidation> fields = new HashMap<>(needs.fields());
            fields.put("name", name);
            fields.put("email", email);
            fields.put("response", response);
            VaadinRequest request = VaadinRequest.getCurrent();
            String client = request == null ? "unknown" : request.getRemoteAddr();
            try {
                attendance.guestRsvp(
                        meeting.id(),
                        name.getValue(),
                        email.getValue(),
                        language.getValue(),
                        response.getValue(),
                        needs.value(),
                        client);
            } catch (RuleViolationException ex) {
                FieldErrors.show(this, ex, fields);
                return;
            }
            remove(form);
            Paragraph sent = new Paragraph(
                    getTranslation("rsvp.guest.sent", email.getValue().strip()));
            sent.setId("rsvp-status");
            sent.addClassName("notice");
            sent.getElement().setAttribute("role", "status");
            add(sent);
        });
    }
}
