package roundtable.publicsite.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Dates;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.ui.MeetingCard;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesSummary;
import roundtable.minutes.ui.MinutesView;

/** What Roundtable is, the next public meetings and the latest minutes: readable without signing in. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 4;

    HomeView(
            MeetingService meetings,
            MinutesArchive minutes,
            CommitteeService committees,
            RoundtableProperties properties) {
        addClassName("page");
        Map<Long, BodySummary> bodies = committees.bodiesById();

        Section intro = new Section(
                new H1(getTranslation("home.title", properties.organisationName())),
                new Paragraph(getTranslation("home.intro")));
        intro.addClassName("intro");

        Section upcoming = new Section(new H2(getTranslation("home.upcoming")));
        Div cards = new Div();
        cards.addClassName("cards");
        meetings.upcomingPublic(0, SHOWN)
                .forEach(m -> cards.add(new MeetingCard(
                        m,
                        bodies.containsKey(m.bodyId()) ? bodies.get(m.bodyId()).shortName() : "")));
        if (cards.getComponentCount() == 0) {
            upcoming.add(new Paragraph(getTranslation("home.no-meetings")));
        }
        upcoming.add(cards, new Paragraph(new Anchor("meetings", getTranslation("home.all-meetings"))));

        Section latest = new Section(new H2(getTranslation("home.latest-minutes")));
        UnorderedList list = new UnorderedList();
        for (MinutesSummary m : minutes.published(0, SHOWN)) {
            String body =
                    bodies.containsKey(m.bodyId()) ? bodies.get(m.bodyId()).shortName() + " · " : "";
            ListItem item = new ListItem(new RouterLink(m.title(), MinutesView.class, m.id()));
            item.add(" — " + body + Dates.date(m.meetingDate(), getLocale()));
            list.add(item);
        }
        latest.add(list);

        add(intro, upcoming, latest);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "home.page-title");
    }
}
