package roundtable.meetings.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import roundtable.base.i18n.Dates;
import roundtable.committees.BodySummary;
import roundtable.meetings.MeetingConflict;

/**
 * Other meetings at the same time (the body's own, or any in the same room), named as far as the
 * chair may see them: a warning the chair may accept, or go back and change the meeting.
 */
class ConflictWarning extends ConfirmDialog {

    private static final long serialVersionUID = 1L;

    ConflictWarning(List<MeetingConflict> conflicts, Map<Long, BodySummary> bodies, ZoneId zone, Runnable accept) {
        setHeader(getTranslation("meeting-editor.conflicts.title"));
        UnorderedList list = new UnorderedList();
        for (MeetingConflict c : conflicts) {
            String who = Optional.ofNullable(bodies.get(c.bodyId()))
                    .map(BodySummary::shortName)
                    .orElse("");
            String what = c.title() == null ? getTranslation("meeting.closed-title", who) : who + " — " + c.title();
            list.add(new ListItem(getTranslation(
                    c.kind().messageKey(),
                    what,
                    Dates.dateTime(c.startsAtLocal().atZone(zone), getLocale()))));
        }
        setText(new Div(new Paragraph(getTranslation("meeting-editor.conflicts.text")), list));
        setConfirmText(getTranslation("meeting-editor.conflicts.accept"));
        setCancelable(true);
        setCancelText(getTranslation("meeting-editor.conflicts.back"));
        addConfirmListener(e -> accept.run());
        setId("conflict-warning");
    }
}
