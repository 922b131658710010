package roundtable.languageservices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import roundtable.attendance.MeetingFacts;
import roundtable.base.i18n.Dates;
import roundtable.base.security.Role;
import roundtable.base.ui.Titles;
import roundtable.languageservices.AccessRequestDesk;
import roundtable.languageservices.MeetingRequests;
import roundtable.languageservices.RequestArrangements;
import roundtable.languageservices.RequestGroup;

/**
 * The coordinator's desk: each upcoming meeting with requests, soonest first, its requests grouped
 * by what was asked. Overdue meetings say so in words. Ten meetings at a time.
 */
@Route(LanguageServicesNav.REQUESTS)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
class LanguageRequestsView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 10;

    private final AccessRequestDesk desk;
    private final RequestArrangements arrangements;
    private final Checkbox settledToo = new Checkbox();
    private final Paragraph count = new Paragraph();
    private final Div meetings = new Div();
    private final Button more = new Button();
    private int shown;

    LanguageRequestsView(AccessRequestDesk desk, RequestArrangements arrangements) {
        this.desk = desk;
        this.arrangements = arrangements;
        addClassName("page");
        settledToo.setLabel(getTranslation("desk.settled-too"));
        settledToo.setId("settled-too");
        settledToo.addValueChangeListener(e -> {
            shown = 0;
            reload(null);
        });
        VendorCsv csv = new VendorCsv(this, getLocale());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes =
                            csv.write(desk.vendorRows(settledToo.getValue())).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "language-services-requests.csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("desk.export"));
        export.setId("vendor-export");
        Div controls = new Div(settledToo, export);
        controls.addClassName("tags");
        count.setId("desk-count");
        count.getElement().setAttribute("tabindex", "-1");
        count.getElement().setAttribute("aria-live", "polite");
        meetings.setId("desk-meetings");
        more.setText(getTranslation("desk.more"));
        more.setId("desk-more");
        more.addClickListener(e -> showMore());
        add(
                new H1(getTranslation("desk.title")),
                new LanguageServicesNav(LanguageServicesNav.REQUESTS),
                new Paragraph(getTranslation("desk.intro")),
                controls,
                count,
                meetings,
                more);
        reload(null);
    }

    /**
     * Draws the desk again after a step, as far down as the coordinator had read, and puts focus
     * back on the meeting they worked on (or, if it has nothing left to show, on the count).
     */
    private void reload(Long workedOn) {
        int keep = Math.max(shown, PAGE);
        meetings.removeAll();
        shown = 0;
        load(keep);
        if (workedOn != null) {
            meetings.getChildren()
                    .filter(c -> c.getId().orElse("").equals("desk-meeting-" + workedOn))
                    .findFirst()
                    .ifPresentOrElse(
                            card -> card.getElement().getChild(0).callJsFunction("focus"),
                            () -> count.getElement().callJsFunction("focus"));
        }
    }

    private void showMore() {
        load(PAGE);
    }

    private void load(int howMany) {
        long total = desk.countQueue(settledToo.getValue());
        for (MeetingRequests m : desk.queue(settledToo.getValue(), shown, howMany)) {
            meetings.add(card(m));
            shown++;
        }
        count.setText(
                total == 0
                        ? getTranslation(settledToo.getValue() ? "desk.none-at-all" : "desk.none")
                        : getTranslation("desk.count", total));
        more.setVisible(shown < total);
    }

    private Div card(MeetingRequests m) {
        MeetingFacts facts = m.meeting();
        Div card = new Div();
        card.addClassNames("card", "desk-meeting");
        card.setId("desk-meeting-" + facts.meetingId());
        H2 title = new H2(facts.title());
        // Focus comes back here after each step, so keyboard and screen-reader users keep their place.
        title.getElement().setAttribute("tabindex", "-1");
        card.add(title);
        card.add(new Paragraph(
                facts.bodyName() + " · " + Dates.span(facts.startsAt(), facts.durationMinutes(), getLocale())));
        card.add(new Paragraph(place(facts)));
        Div tags = new Div();
        tags.addClassName("tags");
        Span arrangeBy = new Span(getTranslation("desk.arrange-by", Dates.date(m.arrangeBy(), getLocale())));
        arrangeBy.addClassName("badge");
        tags.add(arrangeBy);
        if (m.overdue()) {
            Span overdue = new Span(getTranslation("desk.overdue"));
            overdue.addClassNames("badge", "badge-overdue");
            tags.add(overdue);
        }
        if (!m.publicMeeting()) {
            Span closed = new Span(getTranslation("desk.closed-meeting"));
            closed.addClassName("badge");
            tags.add(closed);
        }
        card.add(tags, new Anchor(facts.meetingLink(), getTranslation("desk.meeting-page")));
        for (RequestGroup group : m.groups()) {
            card.add(new RequestGroupPanel(
                    desk,
                    arrangements,
                    facts.meetingId(),
                    facts.startsAt().getZone(),
                    group,
                    () -> reload(facts.meetingId())));
        }
        return card;
    }

    private String place(MeetingFacts facts) {
        StringBuilder place = new StringBuilder(getTranslation(facts.format().messageKey()));
        if (facts.location() != null) {
            place.append(" · ").append(facts.location());
        }
        if (facts.room() != null) {
            place.append(" · ").append(facts.room());
        }
        return place.toString();
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "desk.title");
    }
}
