package roundtable.meetings.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import roundtable.base.RoundtableProperties;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.DatePickers;
import roundtable.base.ui.FieldErrors;
import roundtable.base.ui.MaxLengthMessages;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeAccess;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingConflict;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingLimits;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingSeriesPlanning;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;

/**
 * A chair or secretary plans a meeting (or a regular series): when, where, how to join, which
 * languages are interpreted. Clashes with the body's own meetings or the same room are a warning
 * the chair may accept; rules broken are shown next to their field and nothing is saved.
 */
@Route("manage/meetings/:slug/new")
@RouteAlias("manage/meetings/:slug/edit/:meetingId")
@PermitAll
public class MeetingEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final MeetingService meetings;
    private final MeetingPlanning planning;
    private final MeetingSeriesPlanning series;
    private final CommitteeService committees;
    private final CommitteeAccess access;
    private final ZoneId zone;

    private BodySummary body;
    private MeetingSummary existing;
    private Binder<MeetingForm> binder;
    private PlaceFields place;
    private Map<String, HasValidation> fields;

    MeetingEditorView(
            MeetingService meetings,
            MeetingPlanning planning,
            MeetingSeriesPlanning series,
            CommitteeService committees,
            CommitteeAccess access,
            RoundtableProperties properties) {
        this.meetings = meetings;
        this.planning = planning;
        this.series = series;
        this.committees = committees;
        this.access = access;
        this.zone = properties.defaultTimeZone();
        addClassName("page");
        addClassName("meeting-editor");
    }

    /** Where a body's chair opens the editor for a new meeting. */
    static RouteParameters newMeeting(String slug) {
        return new RouteParameters("slug", slug);
    }

    static RouteParameters editMeeting(String slug, long meetingId) {
        return new RouteParameters(Map.of("slug", slug, "meetingId", Long.toString(meetingId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        body = committees.findBySlug(slug).filter(b -> access.canRecord(b.id())).orElseThrow(NotFoundException::new);
        Optional<String> meetingId = event.getRouteParameters().get("meetingId");
        existing = null;
        if (meetingId.isPresent()) {
            existing = parse(meetingId.get())
                    .flatMap(meetings::find)
                    .filter(m -> m.bodyId() == body.id()
                            && m.status() != MeetingStatus.HELD
                            && m.status() != MeetingStatus.CANCELLED)
                    .orElseThrow(NotFoundException::new);
        }
        render();
    }

    private void render() {
        removeAll();
        add(
                MeetingsAdminView.backLink(body),
                new H1(
                        existing == null
                                ? getTranslation("meeting-editor.new", body.shortName())
                                : getTranslation("meeting-editor.edit", existing.title())));
        if (existing != null && existing.status() == MeetingStatus.DRAFT) {
            Paragraph draft = new Paragraph(getTranslation("meeting-editor.is-draft"));
            draft.addClassName("notice");
            add(draft);
        }

        TextField title = new TextField(getTranslation("meeting-editor.title"));
        title.setMaxLength(MeetingLimits.TITLE);
        title.setId("meeting-title");
        DatePicker date = DatePickers.localised(getTranslation("meeting-editor.date"));
        date.setId("meeting-date");
        TimePicker start = new TimePicker(getTranslation("meeting-editor.start"));
        start.setLocale(getLocale());
        start.setStep(Duration.ofMinutes(15));
        start.setId("meeting-start");
        TimePicker end = new TimePicker(getTranslation("meeting-editor.end"));
        end.setLocale(getLocale());
        end.setStep(Duration.ofMinutes(15));
        end.setId("meeting-end");
        end.setHelperText(
                getTranslation("meeting-editor.zone", zone.getDisplayName(TextStyle.FULL, getLocale()), zone.getId()));

        place = new PlaceFields("meeting");
        place.setPlace(
                existing == null
                        ? new MeetingPlace(MeetingFormat.HYBRID, null, null, body.languagesOffered())
                        : existing.place());
        Checkbox publicMeeting = new Checkbox(getTranslation("meeting-editor.public"));
        publicMeeting.setId("meeting-public");
        TextArea description = new TextArea(getTranslation("meeting-editor.description"));
        description.setHelperText(getTranslation("my-committees.description.help"));
        description.setMaxLength(MeetingLimits.DESCRIPTION);
        description.setId("meeting-description");

        SeriesFields seriesPart = new SeriesFields();

        binder = new Binder<>(MeetingForm.class);
        String required = getTranslation("validation.required");
        MaxLengthMessages.explain(this, title);
        MaxLengthMessages.explain(this, description);
        binder.forField(title).asRequired(required).bind("title");
        binder.forField(date).asRequired(required).bind("date");
        binder.forField(start).asRequired(required).bind("startTime");
        binder.forField(end)
                .asRequired(required)
                .withValidator(
                        e -> start.getValue() == null || e.isAfter(start.getValue()),
                        getTranslation("meeting-editor.end.before-start"))
                .withValidator(
                        e -> start.getValue() == null
                                || MeetingForm.minutes(start.getValue(), e) >= MeetingLimits.MIN_DURATION_MINUTES,
                        getTranslation("meeting-editor.end.too-short", MeetingLimits.MIN_DURATION_MINUTES))
                .bind("endTime");
        binder.forField(publicMeeting).bind("publicMeeting");
        binder.forField(description).bind("descriptionHtml");
        seriesPart.bindTo(binder);
        start.addValueChangeListener(e -> {
            if (end.getValue() == null && e.getValue() != null) {
                end.setValue(e.getValue().plusHours(2));
            }
        });
        binder.readRecord(existing == null ? MeetingForm.blank() : MeetingForm.of(existing));
        fields = new HashMap<>(place.fields());
        fields.putAll(seriesPart.fields());
        fields.putAll(Map.of(
                "title",
                title,
                "startsAt",
                date,
                "durationMinutes",
                end,
                "publicMeeting",
                publicMeeting,
                "descriptionHtml",
                description));

        FormLayout when = new FormLayout(title, date, start, end);
        when.setColspan(title, 2);
        FormLayout who = new FormLayout(publicMeeting, description);
        who.setColspan(publicMeeting, 2);
        who.setColspan(description, 2);
        add(
                new H2(getTranslation("meeting-editor.when")),
                when,
                new H2(getTranslation("meeting-editor.where")),
                place,
                new H2(getTranslation("meeting-editor.more")),
                who);
        if (existing == null) {
            add(seriesPart);
        }
        add(actions());
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("form-actions");
        actions.setWrap(true);
        if (existing == null) {
            Button schedule = new Button(getTranslation("meeting-editor.schedule"), e -> save(false));
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.setId("schedule-meeting");
            Button draft = new Button(getTranslation("meeting-editor.save-draft"), e -> save(true));
            draft.setId("save-draft");
            actions.add(schedule, draft);
        } else {
            Button saveChanges = new Button(getTranslation("meeting-editor.save-changes"), e -> save(false));
            saveChanges.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveChanges.setId("save-meeting");
            actions.add(saveChanges);
            if (existing.status() == MeetingStatus.DRAFT) {
                Button publish = new Button(getTranslation("meeting-editor.schedule-draft"), e -> {
                    planning.scheduleDraft(existing.id(), existing.version());
                    done("meeting-editor.scheduled");
                });
                publish.setId("schedule-draft");
                actions.add(publish);
            }
            if (existing.status() == MeetingStatus.DRAFT) {
                Button discard = new Button(getTranslation("meeting-editor.discard-draft"), e -> {
                    ConfirmDialog confirm = new ConfirmDialog(
                            getTranslation("meeting-editor.discard-draft"),
                            getTranslation("meeting-editor.discard-draft.text"),
                            getTranslation("meeting-editor.discard-draft.confirm"),
                            ok -> {
                                planning.discardDraft(existing.id(), existing.version());
                                done("meeting-editor.draft-discarded");
                            });
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("common.cancel"));
                    confirm.setConfirmButtonTheme("error primary");
                    confirm.open();
                });
                discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
                discard.setId("discard-draft");
                actions.add(discard);
            } else {
                Button cancelMeeting = new Button(
                        getTranslation("meeting-editor.cancel-meeting"),
                        e -> new CancelMeetingDialog(planning, existing, () -> done("meeting-editor.cancelled"))
                                .open());
                cancelMeeting.addThemeVariants(ButtonVariant.LUMO_ERROR);
                cancelMeeting.setId("cancel-meeting");
                actions.add(cancelMeeting);
            }
        }
        Button back = new Button(
                getTranslation("common.cancel"),
                e -> UI.getCurrent().navigate(MeetingsAdminView.class, MeetingsAdminView.of(body.slug())));
        actions.add(back);
        return actions;
    }

    /** Checks the whole form at once, so every mistake is shown at its field, then warns of any clash. */
    private void save(boolean asDraft) {
        BinderValidationStatus<MeetingForm> status = binder.validate();
        Optional<MeetingPlace> where = place.checkedPlace();
        if (!status.isOk() || where.isEmpty()) {
            return;
        }
        MeetingForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        MeetingData data = form.toData(body.id(), zone, where.get());
        List<MeetingConflict> conflicts =
                asDraft ? List.of() : planning.conflicts(data, existing == null ? null : existing.id());
        if (conflicts.isEmpty()) {
            commit(form, data, asDraft);
        } else {
            new ConflictWarning(conflicts, committees.bodiesById(), zone, () -> commit(form, data, false)).open();
        }
    }

    private void commit(MeetingForm form, MeetingData data, boolean asDraft) {
        try {
            if (existing != null) {
                planning.updateMeeting(existing.id(), existing.version(), data);
                done("meeting-editor.saved");
            } else if (form.repeat() != null) {
                int made = series.scheduleSeries(data, form.recurrence())
                        .meetingIds()
                        .size();
                done("meeting-editor.series-scheduled", made);
            } else if (asDraft) {
                planning.draftMeeting(data);
                done("meeting-editor.draft-saved");
            } else {
                planning.scheduleMeeting(data);
                done("meeting-editor.scheduled");
            }
        } catch (RuleViolationException violation) {
            FieldErrors.show(this, violation, fields);
        }
    }

    private void done(String messageKey, Object... args) {
        Notification.show(getTranslation(messageKey, args)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(MeetingsAdminView.class, MeetingsAdminView.of(body.slug()));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return existing == null
                ? Titles.of(this, "meeting-editor.new", body == null ? "" : body.shortName())
                : Titles.of(this, "meeting-editor.edit", existing.title());
    }
}
