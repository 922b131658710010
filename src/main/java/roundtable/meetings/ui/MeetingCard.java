package roundtable.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.LanguageNames;
import roundtable.meetings.MeetingSummary;

/** One meeting in a list: what, when (with zone), where, and which languages are offered. Public for the home page. */
public class MeetingCard extends Div {

    private static final long serialVersionUID = 1L;

    public MeetingCard(MeetingSummary meeting, String bodyName) {
        addClassName("card");
        addClassName("meeting-card");
        H3 title = new H3(new RouterLink(meeting.title(), MeetingView.class, meeting.id()));
        Paragraph when = new Paragraph(Dates.dateTime(meeting.startsAt(), getLocale()));
        when.addClassName("meeting-when");
        Span body = new Span(bodyName);
        body.addClassName("badge");
        Span format = new Span(getTranslation(meeting.format().messageKey()));
        format.addClassName("badge");
        Div tags = new Div(body, format);
        tags.addClassName("tags");
        add(title, when, tags);
        if (meeting.cancelled()) {
            Span cancelled = new Span(getTranslation("meetings.cancelled"));
            cancelled.addClassNames("badge", "badge-attention");
            addComponentAsFirst(cancelled);
            addClassName("cancelled");
            if (meeting.cancelReason() != null) {
                add(new Paragraph(getTranslation("meeting.cancelled-because", meeting.cancelReason())));
            }
        }
        if (meeting.location() != null) {
            add(new Paragraph(placeName(meeting.location())));
        }
        if (!meeting.languagesOffered().isEmpty()) {
            add(new Paragraph(getTranslation(
                    "meeting.languages-offered", LanguageNames.list(meeting.languagesOffered(), getLocale()))));
        }
    }

    /** The place's name, without the directions and access notes the meeting page gives in full. */
    static String placeName(String location) {
        int end = location.indexOf(" — ");
        if (end < 0) {
            end = location.indexOf(". ");
        }
        return end > 0 ? location.substring(0, end) : location;
    }
}
