package roundtable.scheduling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.DatePickers;
import roundtable.base.ui.FieldErrors;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeAccess;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.ui.PlaceFields;
import roundtable.scheduling.InvitableMember;
import roundtable.scheduling.PollLimits;
import roundtable.scheduling.PollProposal;
import roundtable.scheduling.PollSummary;
import roundtable.scheduling.SchedulingService;

/**
 * A chair proposes times to the body's members and sends the poll; the body's earlier polls
 * are listed above the form.
 */
@Route("manage/find-a-time")
@PermitAll
public class FindATimeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int FIRST_ROWS = 3;

    private final transient SchedulingService scheduling;
    private final transient CommitteeService committees;
    private final transient CommitteeAccess access;
    private BodySummary body;

    private final List<CandidateRow> rows = new ArrayList<>();
    private final Div rowHolder = new Div();
    private Button addRow;

    FindATimeView(SchedulingService scheduling, CommitteeService committees, CommitteeAccess access) {
        this.scheduling = scheduling;
        this.committees = committees;
        this.access = access;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        body = committees.findBySlug(slug).filter(b -> access.canRecord(b.id())).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        // A plain address: the committees page is internal to its feature.
        Anchor back = new Anchor("my/committees", getTranslation("poll.back-to-committees"));
        back.addClassName("back-link");
        add(
                back,
                new H1(getTranslation("poll.create.title", body.name())),
                new Paragraph(getTranslation("poll.create.intro")));
        add(existingPolls());
        add(form());
    }

    private Section existingPolls() {
        Section section = new Section();
        section.setId("existing-polls");
        section.add(new H2(getTranslation("poll.list.title")));
        List<PollSummary> polls = scheduling.polls(body.id());
        if (polls.isEmpty()) {
            section.add(new Paragraph(getTranslation("poll.list.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (PollSummary poll : polls) {
            RouterLink link = new RouterLink(poll.title(), PollView.class, poll.id());
            list.add(new ListItem(
                    link,
                    new Text(" — " + getTranslation(poll.status().messageKey()) + " · "
                            + getTranslation("poll.answered-count", poll.answered(), poll.invited()))));
        }
        section.add(list);
        return section;
    }

    private Section form() {
        Section section = new Section();
        section.addClassName("poll-form");
        section.add(new H2(getTranslation("poll.create.new")));

        TextField title = new TextField(getTranslation("poll.field.title"));
        title.setId("poll-title");
        title.setMaxLength(PollLimits.TITLE);
        title.setRequired(true);
        title.setValue(getTranslation("poll.field.title.default", body.shortName()));
        IntegerField duration = new IntegerField(getTranslation("poll.field.duration"));
        duration.setId("poll-duration");
        duration.setMin(PollLimits.MIN_DURATION_MINUTES);
        duration.setMax(PollLimits.MAX_DURATION_MINUTES);
        duration.setStep(15);
        duration.setStepButtonsVisible(true);
        duration.setValue(120);
        Checkbox publicMeeting = new Checkbox(getTranslation("poll.field.public"), true);
        publicMeeting.setId("poll-public");
        Div details = new Div(title, duration, publicMeeting);
        details.addClassName("poll-fields");
        section.add(details);

        // The meeting made from the chosen time takes this place whole, so it is asked as the meeting editor asks it.
        section.add(new H2(getTranslation("meeting-editor.where")));
        PlaceFields place = new PlaceFields("poll");
        place.setPlace(new MeetingPlace(MeetingFormat.IN_PERSON, null, null, body.languagesOffered()));
        section.add(place);

        section.add(new H2(getTranslation("poll.candidates.title")));
        section.add(new Paragraph(getTranslation(
                "poll.candidates.help",
                PollLimits.MIN_CANDIDATES,
                PollLimits.MAX_CANDIDATES,
                scheduling.zoneOf(body.id()).getDisplayName(TextStyle.FULL, getLocale()))));
        ErrorText candidatesError = new ErrorText("candidates-error");
        rows.clear();
        rowHolder.removeAll();
        rowHolder.addClassName("candidate-rows");
        for (int i = 0; i < FIRST_ROWS; i++) {
            addRow();
        }
        addRow = new Button(getTranslation("poll.candidate.add"), e -> {
            addRow();
            rows.getLast().date.focus();
        });
        addRow.setId("add-candidate");
        section.add(candidatesError, rowHolder, addRow);

        section.add(new H2(getTranslation("poll.invitees.title")));
        CheckboxGroup<InvitableMember> members = new CheckboxGroup<>(getTranslation("poll.field.members"));
        members.setId("poll-members");
        members.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        List<InvitableMember> invitable = scheduling.invitableMembers(body.id());
        members.setItems(invitable);
        members.setItemLabelGenerator(
                m -> m.constituency() == null ? m.name() : m.name() + " (" + m.constituency() + ")");
        members.setValue(new HashSet<>(invitable));
        TextArea extra = new TextArea(getTranslation("poll.field.extra"));
        extra.setId("poll-extra");
        extra.setHelperText(getTranslation("poll.field.extra.help"));
        ErrorText inviteesError = new ErrorText("invitees-error");
        section.add(members, extra, inviteesError);

        section.add(new H2(getTranslation("poll.deadline.title")));
        DatePicker deadlineDate = DatePickers.localised(getTranslation("poll.field.deadline-date"));
        deadlineDate.setId("deadline-date");
        TimePicker deadlineTime = new TimePicker(getTranslation("poll.field.deadline-time"));
        deadlineTime.setId("deadline-time");
        deadlineTime.setStep(Duration.ofMinutes(15));
        deadlineTime.setValue(LocalTime.of(12, 0));
        Div deadline = new Div(deadlineDate, deadlineTime);
        deadline.addClassName("candidate-row");
        section.add(deadline);

        Button send = new Button(getTranslation("poll.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-poll");
        send.addClickListener(e -> {
            rows.forEach(CandidateRow::clearError);
            candidatesError.setInvalid(false);
            inviteesError.setInvalid(false);
            Optional<MeetingPlace> where = place.checkedPlace();
            if (where.isEmpty()) {
                return;
            }
            // A row left without a date is an offer not taken up, not a mistake.
            List<CandidateRow> offered =
                    rows.stream().filter(r -> r.date.getValue() != null).toList();
            List<LocalDateTime> times =
                    offered.stream().map(CandidateRow::value).toList();
            LocalDateTime due = deadlineDate.getValue() == null || deadlineTime.getValue() == null
                    ? null
                    : deadlineDate.getValue().atTime(deadlineTime.getValue());
            PollProposal proposal = new PollProposal(
                    title.getValue(),
                    duration.getValue() == null ? 0 : duration.getValue(),
                    where.get(),
                    publicMeeting.getValue(),
                    times,
                    members.getValue().stream().map(InvitableMember::personId).collect(Collectors.toSet()),
                    Arrays.stream(extra.getValue().split("[\\s,;]+"))
                            .filter(s -> !s.isBlank())
                            .toList(),
                    due);
            Map<String, HasValidation> fields = new HashMap<>(place.fields());
            fields.putAll(Map.of(
                    "title",
                    title,
                    "duration",
                    duration,
                    "candidates",
                    candidatesError,
                    "invitees",
                    inviteesError,
                    "extraEmails",
                    extra,
                    "deadline",
                    deadlineDate));
            for (int i = 0; i < offered.size(); i++) {
                fields.put("candidate." + i, offered.get(i).date);
            }
            try {
                long id = scheduling.proposeTimes(body.id(), proposal);
                Notification.show(getTranslation("poll.sent"), 5000, Notification.Position.BOTTOM_START);
                getUI().ifPresent(ui -> ui.navigate(PollView.class, id));
            } catch (RuleViolationException violation) {
                FieldErrors.show(this, violation, fields);
            }
        });
        section.add(send);
        return section;
    }

    private void addRow() {
        if (rows.size() >= PollLimits.MAX_CANDIDATES) {
            return;
        }
        CandidateRow[] holder = new CandidateRow[1];
        holder[0] = new CandidateRow(() -> removeRow(holder[0]));
        rows.add(holder[0]);
        rowHolder.add(holder[0]);
        renumber();
    }

    private void removeRow(CandidateRow row) {
        int index = rows.indexOf(row);
        rows.remove(row);
        rowHolder.remove(row);
        renumber();
        if (!rows.isEmpty()) {
            rows.get(Math.min(index, rows.size() - 1)).date.focus();
        } else {
            addRow.focus();
        }
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i);
        }
        if (addRow != null) {
            addRow.setEnabled(rows.size() < PollLimits.MAX_CANDIDATES);
        }
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "poll.create.title", body == null ? "" : body.name());
    }
}
