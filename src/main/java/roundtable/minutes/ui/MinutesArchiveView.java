package roundtable.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.DatePickers;
import roundtable.base.ui.FileLinks;
import roundtable.base.ui.PagedList;
import roundtable.base.ui.Titles;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesHit;
import roundtable.minutes.MinutesQuery;
import roundtable.minutes.MinutesSearch;

/**
 * The public archive: every published record, filtered by group and meeting dates and searched
 * by words, best match first with the passage that matched, in the reader's language where a
 * translation exists. Results come a page at a time from the search index, the list growing
 * with the page as the reader asks for more; the search lives in the address ({@link ArchiveQuery}) so it can be shared.
 */
@Route("minutes")
@Menu(title = "nav.minutes", order = 3, icon = "vaadin:book")
@AnonymousAllowed
class MinutesArchiveView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final MinutesSearch search;
    private final Map<Long, BodySummary> bodies;
    private final List<BodySummary> bodiesWithMinutes;
    private final TextField words = new TextField();
    private final Select<BodySummary> bodyFilter = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Paragraph status = new Paragraph();
    private final PagedList<MinutesHit> results;
    private final Div feeds = new Div();
    private ArchiveQuery query;
    /** Set while the fields are filled from the address, so filling them does not search again. */
    private boolean filling;

    MinutesArchiveView(MinutesSearch search, CommitteeService committees, MinutesArchive minutes) {
        this.search = search;
        this.bodies = committees.bodiesById();
        this.bodiesWithMinutes = minutes.bodiesWithPublishedMinutes();
        this.from = DatePickers.localised(getTranslation("minutes.archive.from"));
        this.to = DatePickers.localised(getTranslation("minutes.archive.to"));
        addClassName("page");
        addClassName("minutes-archive");

        words.setId("minutes-search");
        words.setLabel(getTranslation("minutes.archive.words"));
        words.setHelperText(getTranslation("minutes.archive.words.help"));
        words.setMaxLength(ArchiveQuery.MAX_WORDS);
        words.setClearButtonVisible(true);
        words.getElement().setAttribute("type", "search");
        words.getElement().setAttribute("enterkeyhint", "search");
        Button find = new Button(getTranslation("minutes.archive.find"), e -> go(fromFields()));
        find.setId("minutes-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER).listenOn(words);

        bodyFilter.setId("minutes-body");
        bodyFilter.setLabel(getTranslation("minutes.archive.body"));
        bodyFilter.setItems(bodiesWithMinutes);
        bodyFilter.setItemLabelGenerator(b -> b == null ? getTranslation("minutes.archive.body.all") : b.name());
        bodyFilter.setEmptySelectionAllowed(true);
        bodyFilter.setEmptySelectionCaption(getTranslation("minutes.archive.body.all"));
        from.setId("minutes-from");
        to.setId("minutes-to");
        // A change of group or dates searches at once, with whatever words are typed.
        bodyFilter.addValueChangeListener(e -> go(fromFields()));
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            go(fromFields());
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            go(fromFields());
        });

        Div searchRow = new Div(words, find);
        searchRow.addClassName("archive-search");
        Div filters = new Div(bodyFilter, from, to);
        filters.addClassName("archive-filters");
        Div form = new Div(searchRow, filters);
        form.addClassName("archive-form");
        form.getElement().setAttribute("role", "search");

        status.setId("minutes-status");
        status.addClassName("archive-status");
        // Announced when it changes, so a screen reader hears how many were found without looking for it.
        status.getElement().setAttribute("role", "status");

        results = new PagedList<>(
                        this::result,
                        getTranslation("minutes.archive.more"),
                        (shown, total) -> getTranslation("minutes.archive.shown", shown, total))
                .named("minutes-results", getTranslation("minutes.archive.results"));

        feeds.addClassName("subscribe");
        add(
                new H1(getTranslation("minutes.title")),
                new Paragraph(getTranslation("minutes.archive.intro")),
                form,
                status,
                results,
                feeds);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = ArchiveQuery.from(event.getLocation().getQueryParameters());
        BodySummary body = bodiesWithMinutes.stream()
                .filter(b -> b.slug().equals(query.bodySlug()))
                .findFirst()
                .orElse(null);
        if (body == null) {
            query = new ArchiveQuery(query.words(), null, query.from(), query.to());
        }
        filling = true;
        try {
            words.setValue(query.words());
            bodyFilter.setValue(body);
            from.setValue(query.from());
            to.setValue(query.to());
        } finally {
            filling = false;
        }
        show(
                new MinutesQuery(
                        query.words(),
                        body == null ? null : body.id(),
                        query.from(),
                        query.to(),
                        Language.of(getLocale())),
                body);
    }

    private void show(MinutesQuery asked, BodySummary body) {
        int count = search.count(asked);
        status.setText(
                asked.hasWords()
                        ? getTranslation("minutes.archive.found", count, asked.text())
                        : getTranslation("minutes.archive.listed", count));
        results.setVisible(count > 0);
        results.show((offset, limit) -> search.find(asked, offset, limit), count);
        showFeeds(body);
    }

    private Component result(MinutesHit hit) {
        RouterLink title = new RouterLink(hit.title(), MinutesView.class, hit.minutesId());
        if (hit.translation()) {
            title.setQueryParameters(QueryParameters.of("lang", hit.language()));
        }
        H2 heading = new H2(title);
        heading.addClassName("archive-result-title");

        List<String> facts = new ArrayList<>();
        BodySummary body = bodies.get(hit.bodyId());
        facts.add(body != null ? body.shortName() : Objects.requireNonNullElse(hit.bodyName(), ""));
        facts.add(Dates.date(hit.meetingDate(), getLocale()));
        if (hit.version() > 1) {
            facts.add(getTranslation("minutes.archive.amended", hit.version()));
        }
        if (hit.translation()) {
            facts.add(getTranslation("minutes.archive.translation"));
        } else if (!hit.language().equals(getLocale().getLanguage())) {
            facts.add(getTranslation(
                    "minutes.archive.in-language", LanguageNames.inSentence(hit.language(), getLocale())));
        }
        Paragraph meta = new Paragraph(
                String.join(" · ", facts.stream().filter(f -> !f.isEmpty()).toList()));
        meta.addClassName("meta");

        Div card = new Div(heading, meta);
        card.addClassNames("card", "archive-result");
        if (!hit.passage().parts().isEmpty()) {
            card.add(new PassageParagraph(hit.passage(), getTranslation("minutes.archive.passage"), hit.language()));
        }
        return card;
    }

    private void showFeeds(BodySummary body) {
        feeds.removeAll();
        feeds.add(FileLinks.paragraph(
                "feeds/minutes.atom", getTranslation("minutes.archive.feed.all"), "minutes-feed-all"));
        if (body != null) {
            feeds.add(FileLinks.paragraph(
                    "feeds/committees/" + body.slug() + "/minutes.atom",
                    getTranslation("minutes.archive.feed.body", body.shortName()),
                    "minutes-feed-body"));
        }
        Paragraph help = new Paragraph(getTranslation("minutes.archive.feed.help"));
        help.addClassName("meta");
        feeds.add(help);
    }

    private ArchiveQuery fromFields() {
        BodySummary body = bodyFilter.getValue();
        return new ArchiveQuery(words.getValue(), body == null ? null : body.slug(), from.getValue(), to.getValue());
    }

    /** Searches by changing the address, so Back returns to the previous search. */
    private void go(ArchiveQuery next) {
        if (filling || query == null || Objects.equals(next, query)) {
            return;
        }
        UI.getCurrent().navigate(MinutesArchiveView.class, next.toParameters());
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "minutes.title");
    }
}
