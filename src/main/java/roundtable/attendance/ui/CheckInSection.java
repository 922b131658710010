package roundtable.attendance.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.springframework.stereotype.Component;
import roundtable.attendance.checkin.CheckInSheets;
import roundtable.meetings.MeetingPageSection;
import roundtable.meetings.MeetingSummary;

/** On a meeting's page, for its secretary, chair and vice-chair while check-in is open: the way to the door list. */
@Component
class CheckInSection implements MeetingPageSection {

    private final CheckInSheets checkIns;

    CheckInSection(CheckInSheets checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> sectionFor(MeetingSummary meeting) {
        if (!checkIns.mayCheckIn(meeting)) {
            return Optional.empty();
        }
        RouterLink link = new RouterLink(
                CheckInView.class, new RouteParameters(CheckInView.MEETING_ID, String.valueOf(meeting.id())));
        link.setId("check-in-link");
        Paragraph section = new Paragraph(link);
        link.setText(section.getTranslation("checkin.link"));
        section.addClassName("check-in-link");
        return Optional.of(section);
    }
}
