package roundtable.attendance.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.stream.Collectors;
import roundtable.attendance.AttendanceOverview;
import roundtable.attendance.RequestStatus;
import roundtable.base.i18n.LanguageNames;

/** The chair's counts of who is coming and what they need, in words; no one's details. */
class AttendanceOverviewPanel extends Div {

    private static final long serialVersionUID = 1L;

    AttendanceOverviewPanel(AttendanceOverview overview) {
        setId("rsvp-overview");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        overview.answers()
                .forEach((response, count) -> row(facts, getTranslation(response.messageKey()), String.valueOf(count)));
        if (overview.waiting() > 0) {
            row(facts, getTranslation("rsvp.state.waitlisted"), String.valueOf(overview.waiting()));
        }
        if (overview.awaitingEmail() > 0) {
            row(facts, getTranslation("rsvp.overview.awaiting"), String.valueOf(overview.awaitingEmail()));
        }
        overview.interpretation()
                .forEach((tag, byStatus) -> row(
                        facts,
                        getTranslation("rsvp.overview.interpretation", LanguageNames.of(tag, getLocale())),
                        statuses(byStatus)));
        overview.translation()
                .forEach((tag, count) -> row(
                        facts,
                        getTranslation("rsvp.overview.translation", LanguageNames.of(tag, getLocale())),
                        String.valueOf(count)));
        overview.accommodations()
                .forEach((type, count) -> row(facts, getTranslation(type.messageKey()), String.valueOf(count)));
        if (overview.children() > 0) {
            row(facts, getTranslation("rsvp.overview.children"), String.valueOf(overview.children()));
        }
        if (overview.loaners() > 0) {
            row(facts, getTranslation("rsvp.request.kind.loaner"), String.valueOf(overview.loaners()));
        }
        if (overview.lateRequests() > 0) {
            row(facts, getTranslation("rsvp.overview.late"), String.valueOf(overview.lateRequests()));
        }
        add(new H3(getTranslation("rsvp.overview.title")));
        if (facts.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("rsvp.overview.none")));
        } else {
            add(facts);
        }
    }

    private String statuses(Map<RequestStatus, Long> byStatus) {
        return byStatus.entrySet().stream()
                .map(e -> e.getValue() + " "
                        + getTranslation(e.getKey().messageKey()).toLowerCase(getLocale()))
                .collect(Collectors.joining(", "));
    }

    private static void row(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
