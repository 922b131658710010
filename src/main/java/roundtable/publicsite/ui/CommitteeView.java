package roundtable.publicsite.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.RichTextBlock;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.committees.RosterReader;
import roundtable.committees.ui.RosterTable;
import roundtable.meetings.MeetingService;
import roundtable.meetings.ui.MeetingCard;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.ui.MinutesView;
import roundtable.subscriptions.SubscriptionRequests;
import roundtable.subscriptions.ui.SubscribeForm;

/** One body's public page: what it does, who sits on it (with consent), its next meetings. */
@Route("committees")
@AnonymousAllowed
class CommitteeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int MEETINGS_SHOWN = 5;

    private final CommitteeService committees;
    private final RosterReader rosters;
    private final MeetingService meetings;
    private final MinutesArchive minutes;
    private final SubscriptionRequests requests;
    private String name = "";

    CommitteeView(
            CommitteeService committees,
            RosterReader rosters,
            MeetingService meetings,
            MinutesArchive minutes,
            SubscriptionRequests requests) {
        this.minutes = minutes;
        this.requests = requests;
        this.committees = committees;
        this.rosters = rosters;
        this.meetings = meetings;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        BodySummary body = committees.findBySlug(slug).orElseThrow(NotFoundException::new);
        name = body.name();
        removeAll();
        Span kind = new Span(getTranslation(body.kind().messageKey()));
        kind.addClassName("badge");
        add(new H1(body.name()), kind, RichTextBlock.of(body.descriptionHtml()));
        if (!body.languagesOffered().isEmpty()) {
            add(new Paragraph(
                    getTranslation("committee.languages", LanguageNames.list(body.languagesOffered(), getLocale()))));
        }

        add(new H2(getTranslation("committee.meetings")));
        var upcoming = meetings.upcomingOf(body.id(), MEETINGS_SHOWN);
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("committee.no-meetings")));
        }
        Div cards = new Div();
        cards.addClassName("cards");
        upcoming.forEach(m -> cards.add(new MeetingCard(m, body.shortName())));
        add(cards);

        add(new H2(getTranslation("committee.minutes")));
        var published = minutes.publishedOf(body.id(), MEETINGS_SHOWN);
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("committee.no-minutes")));
        }
        UnorderedList list = new UnorderedList();
        published.forEach(m -> {
            var item = new ListItem(new RouterLink(m.title(), MinutesView.class, m.id()));
            item.add(" — " + Dates.date(m.meetingDate(), getLocale()));
            list.add(item);
        });
        add(list);
        if (body.active()) {
            add(new SubscribeForm(requests, body));
        }

        add(new H2(getTranslation("committee.roster")));
        rosters.publicRoster(body.id())
                .ifPresentOrElse(
                        roster -> add(new RosterTable(roster, false)),
                        () -> add(new Paragraph(getTranslation("committee.roster-private"))));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "committee.page-title", name);
    }
}
