package roundtable.attendance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import roundtable.attendance.MeetingFacts;
import roundtable.attendance.RsvpLinkException;
import roundtable.attendance.RsvpView;
import roundtable.base.i18n.Dates;
import roundtable.base.ui.Titles;

/**
 * A page a guest (or a member, from an invitation) reaches from an emailed link, without signing
 * in. Looking at it changes nothing; a forged, altered or expired link gets a plain explanation
 * instead of the RSVP.
 */
abstract class GuestLinkPage extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private String title = "";
    protected String token;

    GuestLinkPage() {
        addClassNames("page", "narrow-page", "rsvp-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
        attempt(this::load);
    }

    /** Reads the RSVP through the token and shows it. */
    protected abstract void load();

    protected void attempt(Runnable work) {
        try {
            work.run();
        } catch (RsvpLinkException e) {
            removeAll();
            title = getTranslation("rsvp.link.title");
            Paragraph message = new Paragraph(getTranslation(
                    e.problem() == RsvpLinkException.Problem.EXPIRED ? "rsvp.link.expired" : "rsvp.link.invalid"));
            message.setId("link-problem");
            add(new H1(title), message);
        }
    }

    /** The heading and what the meeting is, when and where, with its page. */
    protected void header(String headingKey, RsvpView rsvp) {
        header(headingKey, rsvp.meeting());
    }

    protected void header(String headingKey, MeetingFacts m) {
        removeAll();
        title = m.title();
        var locale = getLocale();
        DescriptionList facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.body")),
                new DescriptionList.Description(m.bodyName()));
        facts.add(
                new DescriptionList.Term(getTranslation("meeting.when")),
                new DescriptionList.Description(Dates.span(m.startsAt(), m.durationMinutes(), locale)));
        // "In person and online · address · room": an online meeting's answer to "where" is that it is online.
        String where = Stream.of(getTranslation(m.format().messageKey()), m.location(), m.room())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
        facts.add(new DescriptionList.Term(getTranslation("meeting.where")), new DescriptionList.Description(where));
        facts.addClassName("facts");
        Anchor page = new Anchor("meetings/" + m.meetingId(), getTranslation("rsvp.link.meeting-page"));
        page.setId("rsvp-meeting-page");
        add(new H1(getTranslation(headingKey, m.title())), facts, new Paragraph(page));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "rsvp.page-title", title);
    }
}
