package roundtable.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import roundtable.base.RuleViolationException;
import roundtable.base.ui.FieldErrors;
import roundtable.meetings.MeetingLimits;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingSummary;

/** Calling a meeting off asks why: the reason goes on the calendar and to everyone invited. */
class CancelMeetingDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    CancelMeetingDialog(MeetingPlanning meetings, MeetingSummary meeting, Runnable cancelled) {
        setHeaderTitle(getTranslation("cancel-meeting.title", meeting.title()));
        setWidth("min(36rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("cancel-meeting.reason"));
        reason.setHelperText(getTranslation("cancel-meeting.reason.help"));
        reason.setMaxLength(MeetingLimits.CANCEL_REASON);
        reason.setWidthFull();
        reason.setId("cancel-reason");
        add(new Paragraph(getTranslation("cancel-meeting.text")), reason);
        Button confirm = new Button(getTranslation("cancel-meeting.confirm"), e -> {
            try {
                meetings.cancelMeeting(meeting.id(), meeting.version(), reason.getValue());
                close();
                cancelled.run();
            } catch (RuleViolationException violation) {
                FieldErrors.show(this, violation, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-cancel-meeting");
        getFooter().add(new Button(getTranslation("cancel-meeting.keep"), e -> close()), confirm);
    }
}
