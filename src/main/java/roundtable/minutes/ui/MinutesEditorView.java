package roundtable.minutes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Dates;
import roundtable.base.ui.FieldErrors;
import roundtable.base.ui.Titles;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.meetings.ui.MeetingView;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesRenderer;
import roundtable.minutes.MinutesStatus;
import roundtable.minutes.MinutesTranslations;

/**
 * The secretary records a meeting here: attendance with the live quorum, per item notes,
 * motions with their votes and action items, and the public comment; then submits. The chair
 * approves and publishes here too, and starts a correction. Once published, translations are
 * entered below. Who may do what is the service's decision; others find no such page.
 */
@Route("manage/minutes/:" + MinutesEditorView.MEETING_ID)
@PermitAll
public class MinutesEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String MEETING_ID = "meetingId";

    private final transient MinutesDrafting minutes;
    private final transient MinutesApproval approval;
    private final transient MinutesPublishing publishing;
    private final transient MinutesTranslations translations;
    private final transient MeetingService meetings;
    private final transient MinutesRenderer renderer;
    private final Div conflict = new Div();
    private MeetingSummary meeting;
    private MinutesDraft draft;
    private AttendanceEditor attendance;
    private final List<ItemEditor> items = new ArrayList<>();
    private TextArea publicComment;

    MinutesEditorView(
            MinutesDrafting minutes,
            MinutesApproval approval,
            MinutesPublishing publishing,
            MinutesTranslations translations,
            MeetingService meetings,
            MinutesRenderer renderer) {
        this.minutes = minutes;
        this.approval = approval;
        this.publishing = publishing;
        this.translations = translations;
        this.meetings = meetings;
        this.renderer = renderer;
        addClassName("page");
        addClassName("minutes-editor");
        conflict.setId("minutes-conflict");
        conflict.addClassName("notice");
        conflict.addClassName("notice-warning");
        conflict.getElement().setAttribute("role", "alert");
        Paragraph explained = new Paragraph(getTranslation("minutes.editor.conflict"));
        // Saving over theirs is a choice made knowingly, not the default: theirs may hold the votes.
        Button keepMine = new Button(
                getTranslation("minutes.editor.conflict.keep-mine"),
                e -> act(() -> {
                    MinutesDraft latest = minutes.draftOf(meeting.id()).orElseThrow();
                    draft = minutes.saveDraft(latest.minutesId(), latest.version(), content());
                }));
        keepMine.setId("minutes-conflict-keep-mine");
        Button showTheirs = new Button(
                getTranslation("minutes.editor.conflict.show-theirs"),
                e -> act(() -> draft = minutes.draftOf(meeting.id()).orElseThrow()));
        showTheirs.setId("minutes-conflict-show-theirs");
        HorizontalLayout choices = new HorizontalLayout(keepMine, showTheirs);
        choices.setWrap(true);
        conflict.add(explained, choices);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(MEETING_ID).orElseThrow(NotFoundException::new);
        try {
            meeting = meetings.find(id).orElseThrow(NotFoundException::new);
            draft = minutes.draftOf(id).orElse(null);
        } catch (AccessDeniedException notTheirs) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        items.clear();
        conflict.setVisible(false);
        RouterLink back = new RouterLink(getTranslation("minutes.editor.back"), MeetingView.class, meeting.id());
        back.addClassName("back-link");
        Paragraph when = new Paragraph(Dates.span(meeting.startsAt(), meeting.durationMinutes(), getLocale()));
        when.addClassName("meta");
        add(back, new H1(getTranslation("minutes.editor.title", meeting.title())), when);
        if (draft == null) {
            Button start = new Button(
                    getTranslation("minutes.editor.start"),
                    e -> act(() -> {
                        try {
                            minutes.startDraft(meeting.id());
                        } catch (OptimisticLockingFailureException startedByAnotherRecorder) {
                            // Then the draft exists, and it is the one to open.
                        }
                        draft = minutes.draftOf(meeting.id()).orElseThrow();
                    }));
            start.setId("minutes-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph(getTranslation("minutes.editor.start.intro")), start);
            return;
        }
        add(status(), conflict);
        boolean editable = draft.status() == MinutesStatus.DRAFT;
        MinutesContent content = draft.content();
        attendance = new AttendanceEditor(
                content.attendance(), draft.quorumNeeded(), draft.unnamedInPublic(), renderer, editable);
        attendance.onChange(() -> items.forEach(ItemEditor::attendanceChanged));
        add(attendance);
        Div itemList = new Div();
        itemList.setId("minutes-items");
        add(new H2(getTranslation("minutes.editor.items")), itemList);
        content.items().forEach(i -> addItem(itemList, i, editable));
        if (editable) {
            Button addItem = new Button(
                    getTranslation("minutes.editor.add-item"),
                    e -> addItem(
                            itemList,
                            new Item(null, getTranslation("minutes.editor.new-item"), null, List.of(), List.of()),
                            true));
            addItem.setId("minutes-add-item");
            add(addItem);
        }
        publicComment = new TextArea(getTranslation("minutes.editor.public-comment"));
        publicComment.setHelperText(getTranslation("minutes.editor.rich-text.help"));
        publicComment.setId("minutes-public-comment");
        publicComment.setWidthFull();
        publicComment.setValue(content.publicCommentHtml() == null ? "" : content.publicCommentHtml());
        publicComment.setReadOnly(!editable);
        add(new H2(getTranslation("minutes.doc.public-comment")), publicComment);
        add(new WorkflowActions(this, minutes, approval, publishing, draft));
        if (draft.currentNumber() > 0) {
            add(new TranslationForm(translations, draft.minutesId(), translations.translationLanguages()));
        }
    }

    private Div status() {
        Paragraph state = new Paragraph(getTranslation(
                "minutes.editor.status",
                getTranslation("minutes.status." + draft.status().name().toLowerCase())));
        state.setId("minutes-status");
        Div box = new Div(state);
        box.addClassName("minutes-status");
        if (draft.currentNumber() > 0) {
            Paragraph published =
                    new Paragraph(getTranslation("minutes.editor.published-version", draft.currentNumber()));
            published.setId("minutes-published-version");
            Anchor page = new Anchor("minutes/" + draft.minutesId(), getTranslation("minutes.editor.public-page"));
            page.setId("minutes-public-link");
            Anchor permalink =
                    new Anchor("public/minutes/" + draft.minutesId(), getTranslation("minutes.editor.permalink"));
            permalink.setRouterIgnore(true);
            published.add(new Text(" "), page, new Text(" · "), permalink);
            box.add(published);
        }
        if (draft.amendmentReason() != null) {
            box.add(new Paragraph(getTranslation("minutes.editor.amending", draft.amendmentReason())));
        }
        if (draft.status() == MinutesStatus.SUBMITTED) {
            Paragraph approval = new Paragraph(
                    draft.approvalMeetingId() == null
                            ? getTranslation("minutes.editor.approval-item.pending")
                            : getTranslation("minutes.editor.approval-item.added"));
            approval.setId("minutes-approval-item");
            box.add(approval);
        }
        return box;
    }

    private void addItem(Div list, Item item, boolean editable) {
        ItemEditor editor = new ItemEditor(
                "minutes-item-" + (items.size() + 1),
                items.size() + 1,
                item,
                () -> attendance.votingPresent(),
                renderer,
                editable);
        items.add(editor);
        list.add(editor);
    }

    MinutesContent content() {
        return new MinutesContent(
                attendance.value(), items.stream().map(ItemEditor::value).toList(), publicComment.getValue());
    }

    /** Saves what is on the screen if it can still change; returns false when it could not. */
    boolean saveIfDraft() {
        if (draft.status() != MinutesStatus.DRAFT) {
            return true;
        }
        return act(() -> draft = minutes.saveDraft(draft.minutesId(), draft.version(), content()), false);
    }

    MinutesDraft draft() {
        return draft;
    }

    /** Runs a step, then shows the minutes as they now are; a refused step is explained and nothing typed is lost. */
    boolean act(Runnable step) {
        return act(step, true);
    }

    private boolean act(Runnable step, boolean redraw) {
        try {
            step.run();
            if (redraw) {
                render();
            }
            return true;
        } catch (OptimisticLockingFailureException e) {
            conflict.setVisible(true);
            return false;
        } catch (RuleViolationException e) {
            FieldErrors.show(this, e, richTextFields());
            return false;
        }
    }

    /** Where a refused character in the notes, a motion or the public comment is shown: at that field. */
    private Map<String, HasValidation> richTextFields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            fields.putAll(items.get(i).richTextFields(i));
        }
        if (publicComment != null) {
            fields.put(MinutesContent.PUBLIC_COMMENT_FIELD, publicComment);
        }
        return fields;
    }

    void update(MinutesDraft changed) {
        draft = changed;
        render();
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "minutes.editor.title", meeting == null ? "" : meeting.title());
    }
}
