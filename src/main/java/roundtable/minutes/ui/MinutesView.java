package roundtable.minutes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import roundtable.base.i18n.Dates;
import roundtable.base.ui.RichTextBlock;
import roundtable.base.ui.Titles;
import roundtable.committees.CommitteeService;
import roundtable.minutes.MinutesService;
import roundtable.minutes.MinutesSummary;

/** One published record, readable by anyone. */
@Route("minutes")
@AnonymousAllowed
public class MinutesView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final MinutesService minutes;
    private final CommitteeService committees;
    private String title = "";

    MinutesView(MinutesService minutes, CommitteeService committees) {
        this.minutes = minutes;
        this.committees = committees;
        addClassName("page");
        addClassName("reading");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        MinutesSummary record = id == null ? null : minutes.findPublished(id).orElse(null);
        if (record == null) {
            throw new NotFoundException();
        }
        title = record.title();
        removeAll();
        String body = committees.find(record.bodyId()).map(b -> b.name()).orElse("");
        Paragraph meta = new Paragraph(body + " · " + Dates.date(record.meetingDate(), getLocale()));
        meta.addClassName("meta");
        RouterLink back = new RouterLink(getTranslation("minutes.back"), MinutesArchiveView.class);
        back.addClassName("back-link");
        add(back, new H1(getTranslation("minutes.of", record.title())), meta,
                RichTextBlock.of(record.contentHtml()));
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "minutes.of", title);
    }
}
