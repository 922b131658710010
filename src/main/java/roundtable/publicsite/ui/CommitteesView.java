package roundtable.publicsite.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import roundtable.base.html.RichText;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;

/** Every active body. A district has tens of them at most, so they are shown whole, as cards. */
@Route("committees")
@Menu(title = "nav.committees", order = 1, icon = "vaadin:institution")
@AnonymousAllowed
class CommitteesView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    CommitteesView(CommitteeService committees) {
        addClassName("page");
        add(new H1(getTranslation("committees.title")), new Paragraph(getTranslation("committees.intro")));
        Div cards = new Div();
        cards.addClassName("cards");
        for (BodySummary body : committees.activeBodies()) {
            Div card = new Div();
            card.addClassName("card");
            Span kind = new Span(getTranslation(body.kind().messageKey()));
            kind.addClassName("badge");
            card.add(
                    new H2(new RouterLink(body.name(), CommitteeView.class, body.slug())),
                    kind,
                    new Paragraph(summary(body)));
            cards.add(card);
        }
        add(cards);
    }

    private static String summary(BodySummary body) {
        String text = RichText.toPlainText(body.descriptionHtml());
        int end = text.indexOf('\n');
        text = end > 0 ? text.substring(0, end) : text;
        return text.length() > 240 ? text.substring(0, 237) + "…" : text;
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "committees.title");
    }
}
