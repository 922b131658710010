package roundtable.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import roundtable.base.ui.RichTextBlock;
import roundtable.base.ui.Titles;
import roundtable.committees.BodyEditor;
import roundtable.committees.CommitteeService;
import roundtable.committees.MyBody;
import roundtable.committees.RosterReader;

/** The bodies a member sits on, with fellow members' contact details and, for chairs, what they can change. */
@Route("my/committees")
@Menu(title = "nav.my-committees", order = 10, icon = "vaadin:group")
@PermitAll
class MyCommitteesView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final CommitteeService committees;
    private final BodyEditor editor;
    private final RosterReader rosters;

    MyCommitteesView(CommitteeService committees, BodyEditor editor, RosterReader rosters) {
        this.committees = committees;
        this.editor = editor;
        this.rosters = rosters;
        addClassName("page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("my-committees.title")));
        var mine = committees.myBodies();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("my-committees.none")));
        }
        for (MyBody my : mine) {
            add(section(my, mine.size() == 1));
        }
    }

    private Section section(MyBody my, boolean only) {
        Section section = new Section();
        section.addClassName("card");
        Span position = new Span(getTranslation(my.position().messageKey()));
        position.addClassName("badge");
        H2 heading = new H2(my.body().name() + " ");
        heading.add(position);
        section.add(heading);
        section.add(RichTextBlock.of(my.body().descriptionHtml()));
        if (my.canManage()) {
            Button edit = new Button(
                    getTranslation("my-committees.edit-description"),
                    e -> new DescriptionEditor(editor, my.body(), this::render).open());
            edit.setId("edit-description-" + my.body().slug());
            RouterLink manage = new RouterLink(
                    getTranslation("my-committees.manage-roster"),
                    RosterView.class,
                    my.body().slug());
            manage.setId("manage-roster-" + my.body().slug());
            section.add(new Div(edit, manage));
        }
        if (my.canRecord()) {
            // Meetings and scheduling build on this feature, so their pages are linked by address.
            Anchor meetings =
                    new Anchor("manage/meetings/" + my.body().slug(), getTranslation("my-committees.manage-meetings"));
            meetings.setId("manage-meetings-" + my.body().slug());
            Anchor findATime =
                    new Anchor("manage/find-a-time/" + my.body().slug(), getTranslation("my-committees.find-a-time"));
            findATime.setId("find-a-time-" + my.body().slug());
            Div links = new Div(meetings, findATime);
            links.addClassName("body-links");
            section.add(links);
        }
        Details roster = new Details(
                getTranslation("my-committees.roster"),
                new RosterTable(rosters.memberRoster(my.body().id()), true));
        roster.setOpened(only);
        section.add(roster);
        return section;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "my-committees.title");
    }
}
