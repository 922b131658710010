package roundtable.minutes.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import roundtable.meetings.MeetingPageSection;
import roundtable.meetings.MeetingSummary;
import roundtable.minutes.MinutesDrafting;

/** On a meeting's page, for those who record the body once the meeting has begun: the way to its minutes. */
@Component
class MinutesSection implements MeetingPageSection {

    private final MinutesDrafting minutes;
    private final Clock clock;

    MinutesSection(MinutesDrafting minutes, Clock clock) {
        this.minutes = minutes;
        this.clock = clock;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> sectionFor(MeetingSummary meeting) {
        if (meeting.cancelled()
                || meeting.startsAt().toInstant().isAfter(clock.instant())
                || !minutes.mayRecord(meeting)) {
            return Optional.empty();
        }
        RouterLink link = new RouterLink(
                MinutesEditorView.class,
                new RouteParameters(MinutesEditorView.MEETING_ID, String.valueOf(meeting.id())));
        link.setId("minutes-editor-link");
        Paragraph section = new Paragraph(link);
        link.setText(section.getTranslation("minutes.editor.link"));
        section.addClassName("minutes-editor-link");
        return Optional.of(section);
    }
}
