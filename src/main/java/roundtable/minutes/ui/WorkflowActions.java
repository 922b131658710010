package roundtable.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import roundtable.base.i18n.Dates;
import roundtable.meetings.MeetingSummary;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesWarning;

/**
 * The next step for the minutes as they stand: save and submit a draft; approve (as chair, or as
 * approved at a meeting) or send back what was submitted; publish what was approved, after seeing
 * any warnings; correct what was published.
 */
class WorkflowActions extends Div {

    private static final long serialVersionUID = 1L;

    private final MinutesEditorView editor;
    private final transient MinutesDrafting drafting;
    private final transient MinutesApproval approval;
    private final transient MinutesPublishing publishing;

    WorkflowActions(
            MinutesEditorView editor,
            MinutesDrafting drafting,
            MinutesApproval approval,
            MinutesPublishing publishing,
            MinutesDraft draft) {
        this.editor = editor;
        this.drafting = drafting;
        this.approval = approval;
        this.publishing = publishing;
        setId("minutes-actions");
        addClassName("minutes-actions");
        switch (draft.status()) {
            case DRAFT -> draftActions();
            case SUBMITTED -> approvalActions(draft);
            case APPROVED -> add(button("minutes-publish", "minutes.editor.publish", true, this::publish));
            case PUBLISHED -> add(button("minutes-amend", "minutes.editor.amend", false, this::amend));
        }
    }

    private void draftActions() {
        add(button("minutes-save", "minutes.editor.save", false, () -> {
            if (editor.saveIfDraft()) {
                Notification.show(getTranslation("minutes.editor.saved"));
            }
        }));
        add(button("minutes-submit", "minutes.editor.submit", true, () -> {
            if (editor.saveIfDraft()) {
                editor.act(() -> editor.update(drafting.submit(
                        editor.draft().minutesId(), editor.draft().version())));
            }
        }));
    }

    private void approvalActions(MinutesDraft draft) {
        List<MeetingSummary> held = approval.approvalMeetings(draft.minutesId());
        Map<Long, MeetingSummary> byId =
                held.stream().collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        Select<Long> how = new Select<>();
        how.setLabel(getTranslation("minutes.editor.approved-how"));
        how.setId("minutes-approved-how");
        how.setItems(held.stream().map(MeetingSummary::id).toList());
        how.setItemLabelGenerator(id -> id == null
                ? getTranslation("minutes.editor.approved-by-chair")
                : getTranslation(
                        "minutes.editor.approved-at",
                        Dates.date(byId.get(id).startsAtLocal().toLocalDate(), getLocale()),
                        byId.get(id).title()));
        if (draft.mayApprove()) {
            how.setEmptySelectionAllowed(true);
            how.setEmptySelectionCaption(getTranslation("minutes.editor.approved-by-chair"));
        } else if (!held.isEmpty()) {
            how.setValue(held.getFirst().id());
        }
        if (!draft.mayApprove() && held.isEmpty()) {
            add(new Paragraph(getTranslation("minutes.editor.awaiting-approval")));
        } else {
            add(
                    how,
                    button(
                            "minutes-approve",
                            "minutes.editor.approve",
                            true,
                            () -> editor.act(() -> editor.update(
                                    approval.approve(draft.minutesId(), draft.version(), how.getValue())))));
        }
        if (draft.mayApprove()) {
            add(button(
                    "minutes-send-back",
                    "minutes.editor.send-back",
                    false,
                    () -> editor.act(() -> editor.update(drafting.returnToDraft(draft.minutesId(), draft.version())))));
        }
    }

    private void publish() {
        MinutesDraft draft = editor.draft();
        List<MinutesWarning> warnings = publishing.publishWarnings(draft.minutesId());
        if (warnings.isEmpty()) {
            doPublish(false);
            return;
        }
        UnorderedList list = new UnorderedList();
        warnings.forEach(w -> list.add(new ListItem(getTranslation(w.messageKey(), w.args()))));
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("minutes-publish-confirm");
        confirm.setHeader(getTranslation("minutes.editor.warnings"));
        confirm.setText(list);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("minutes.editor.publish-anyway"));
        confirm.addConfirmListener(e -> doPublish(true));
        confirm.open();
    }

    private void doPublish(boolean warningsAccepted) {
        MinutesDraft draft = editor.draft();
        editor.act(() -> {
            int number = publishing
                    .publish(draft.minutesId(), draft.version(), warningsAccepted)
                    .number();
            editor.update(drafting.draftOf(draft.meetingId()).orElseThrow());
            Notification.show(getTranslation("minutes.editor.published", number));
        });
    }

    private void amend() {
        Dialog dialog = new Dialog();
        dialog.setId("minutes-amend-dialog");
        dialog.setHeaderTitle(getTranslation("minutes.editor.amend"));
        TextArea reason = new TextArea(getTranslation("minutes.editor.amend-reason"));
        reason.setId("minutes-amend-reason");
        reason.setHelperText(getTranslation("minutes.editor.amend-reason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button start = button("minutes-amend-confirm", "minutes.editor.amend-start", true, () -> {
            MinutesDraft draft = editor.draft();
            if (editor.act(
                    () -> editor.update(approval.amend(draft.minutesId(), draft.version(), reason.getValue())))) {
                dialog.close();
            } else if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("validation.required"));
                reason.setInvalid(true);
            }
        });
        dialog.add(reason);
        dialog.getFooter().add(button("minutes-amend-cancel", "common.cancel", false, dialog::close), start);
        dialog.open();
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
