package roundtable.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.FieldErrors;
import roundtable.base.ui.Titles;
import roundtable.scheduling.Availability;
import roundtable.scheduling.Invitation;
import roundtable.scheduling.Needs;
import roundtable.scheduling.PollAnswers;
import roundtable.scheduling.PollLinkException;
import roundtable.scheduling.PollStatus;

/**
 * Where an invitee's personal link lands: no sign-in, each time answered yes / if need be /
 * no, and what would help them come. In their own language unless they switch ({@code PollLinkLanguage}).
 */
@Route("availability")
@AnonymousAllowed
public class AvailabilityView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PollAnswers polls;
    private String token;
    private String title = "";

    AvailabilityView(PollAnswers polls) {
        this.polls = polls;
        addClassNames("page", "narrow-page", "availability-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        try {
            render(polls.invitation(token), false);
        } catch (PollLinkException e) {
            showProblem(e);
        }
    }

    private void render(Invitation invitation, boolean justSaved) {
        removeAll();
        title = invitation.title();
        var locale = getLocale();
        String deadline = Dates.dateTime(invitation.deadline().atZone(invitation.zone()), locale);
        add(new H1(invitation.title()));
        add(new Paragraph(getTranslation("availability.intro", invitation.inviteeName(), invitation.bodyName())));

        if (justSaved) {
            Paragraph saved = new Paragraph(getTranslation("availability.saved", deadline));
            saved.addClassName("notice");
            saved.setId("answers-saved");
            saved.getElement().setAttribute("role", "status");
            add(saved);
            // The Save button was at the bottom: bring the confirmation, and the answers below it, into view.
            saved.scrollIntoView();
        }
        if (invitation.answeredAt() != null) {
            add(summary(invitation));
        }
        if (!invitation.takesAnswers()) {
            add(closedNotice(invitation));
            return;
        }
        add(new Paragraph(getTranslation("availability.deadline", deadline)));
        add(form(invitation));
    }

    private Section summary(Invitation invitation) {
        Section section = new Section();
        section.setId("your-answers");
        section.add(new H2(getTranslation("availability.your-answers")));
        UnorderedList list = new UnorderedList();
        for (Invitation.Time time : invitation.candidates()) {
            Availability answer = invitation.answers().get(time.id());
            list.add(new ListItem(
                    when(invitation, time) + ": " + (answer == null ? "—" : getTranslation(answer.messageKey()))));
        }
        Needs needs = invitation.needs();
        if (needs.childcare()) {
            list.add(new ListItem(getTranslation("availability.needs.childcare")));
        }
        if (needs.interpretation() != null) {
            list.add(new ListItem(getTranslation(
                    "availability.needs.interpretation-said", LanguageNames.of(needs.interpretation(), getLocale()))));
        }
        if (needs.online()) {
            list.add(new ListItem(getTranslation("availability.needs.online")));
        }
        section.add(list);
        return section;
    }

    private Paragraph closedNotice(Invitation invitation) {
        Paragraph notice = new Paragraph();
        notice.addClassName("notice");
        notice.setId("poll-closed");
        if (invitation.status() == PollStatus.DECIDED && invitation.chosen() != null) {
            notice.setText(getTranslation(
                            "availability.decided",
                            Dates.dateTime(
                                    ZonedDateTime.ofLocal(invitation.chosen(), invitation.zone(), null), getLocale()))
                    + " ");
            notice.add(new Anchor("meetings/" + invitation.meetingId(), getTranslation("availability.meeting-link")));
        } else if (invitation.status() == PollStatus.CLOSED) {
            notice.setText(getTranslation("availability.closed"));
        } else {
            notice.setText(getTranslation("availability.deadline-passed"));
        }
        return notice;
    }

    private Div form(Invitation invitation) {
        Div form = new Div();
        form.addClassName("availability-form");
        form.add(new H2(getTranslation("availability.times")));
        form.add(new Paragraph(getTranslation("availability.times.help")));
        Map<Long, RadioButtonGroup<Availability>> groups = new LinkedHashMap<>();
        int index = 0;
        for (Invitation.Time time : invitation.candidates()) {
            RadioButtonGroup<Availability> group = new RadioButtonGroup<>(when(invitation, time));
            group.setItems(Availability.values());
            group.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
            group.setRequiredIndicatorVisible(true);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setId("answer-" + index++);
            group.addClassName("candidate-answer");
            group.setValue(invitation.answers().get(time.id()));
            group.addValueChangeListener(e -> group.setInvalid(false));
            groups.put(time.id(), group);
            form.add(group);
        }

        form.add(new H2(getTranslation("availability.needs.title")));
        form.add(new Paragraph(getTranslation("availability.needs.help")));
        Checkbox childcare = new Checkbox(getTranslation("availability.needs.childcare"));
        childcare.setId("needs-childcare");
        childcare.setValue(invitation.needs().childcare());
        Select<String> interpretation = new Select<>();
        interpretation.setLabel(getTranslation("availability.needs.interpretation"));
        interpretation.setId("needs-interpretation");
        interpretation.setItems(invitation.interpretationLanguages());
        interpretation.setEmptySelectionAllowed(true);
        interpretation.setEmptySelectionCaption(getTranslation("availability.needs.no-interpretation"));
        interpretation.setItemLabelGenerator(tag -> tag == null
                ? getTranslation("availability.needs.no-interpretation")
                : LanguageNames.of(tag, getLocale()));
        interpretation.setValue(invitation.needs().interpretation());
        Checkbox online = new Checkbox(getTranslation("availability.needs.online"));
        online.setId("needs-online");
        online.setValue(invitation.needs().online());
        Div needs = new Div(childcare, interpretation, online);
        needs.addClassName("needs");
        form.add(needs);

        Button save = new Button(
                getTranslation(invitation.answeredAt() == null ? "availability.send" : "availability.update"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-answers");
        save.addClickListener(e -> save(
                groups, new Needs(childcare.getValue(), interpretation.getValue(), online.getValue()), interpretation));
        form.add(save);
        return form;
    }

    private void save(Map<Long, RadioButtonGroup<Availability>> groups, Needs needs, Select<String> interpretation) {
        List<RadioButtonGroup<Availability>> unanswered = new ArrayList<>();
        Map<Long, Availability> answers = new LinkedHashMap<>();
        groups.forEach((id, group) -> {
            if (group.getValue() == null) {
                group.setErrorMessage(getTranslation("availability.error.choose"));
                group.setInvalid(true);
                unanswered.add(group);
            } else {
                answers.put(id, group.getValue());
            }
        });
        if (!unanswered.isEmpty()) {
            unanswered.getFirst().getElement().callJsFunction("focus");
            return;
        }
        try {
            render(polls.answer(token, answers, needs), true);
        } catch (RuleViolationException e) {
            FieldErrors.show(this, e, Map.of("interpretation", interpretation));
        } catch (PollLinkException e) {
            showProblem(e);
        }
    }

    private String when(Invitation invitation, Invitation.Time time) {
        ZonedDateTime start = ZonedDateTime.ofLocal(time.start(), invitation.zone(), null);
        return Dates.span(start, invitation.durationMinutes(), getLocale());
    }

    private void showProblem(PollLinkException problem) {
        removeAll();
        title = getTranslation("availability.link.title");
        Paragraph message = new Paragraph(getTranslation(problem.messageKey()));
        message.setId("link-problem");
        add(new H1(title), message, new Paragraph(getTranslation("availability.link.ask")));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "availability.page-title", title);
    }
}
