package roundtable.minutes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.base.ui.Titles;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesReading;
import roundtable.minutes.PublishedMinutes;

/**
 * Published minutes, readable by anyone: {@code /minutes/{id}}, with {@code ?lang=es} for a
 * translation and {@code ?version=N} for an earlier version. Without {@code lang} the reader's
 * own language is offered when someone has translated the minutes into it.
 */
@Route("minutes")
@AnonymousAllowed
public class MinutesView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String LANG = "lang";
    static final String VERSION = "version";

    private final transient MinutesArchive minutes;
    private final transient RoundtableProperties properties;
    private String title = "";

    MinutesView(MinutesArchive minutes, RoundtableProperties properties) {
        this.minutes = minutes;
        this.properties = properties;
        addClassName("page");
        addClassName("reading");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Language language = first(query, LANG).flatMap(Language::fromTag).orElse(Language.of(getLocale()));
        Optional<String> asked = first(query, VERSION);
        Integer version = asked.map(MinutesView::positive).orElse(null);
        if (id == null || (asked.isPresent() && version == null)) {
            throw new NotFoundException();
        }
        PublishedMinutes published = minutes.published(id, version).orElseThrow(NotFoundException::new);
        MinutesReading reading = MinutesReading.of(
                published,
                language,
                language == MinutesReading.ORIGINAL ? Optional.empty() : minutes.translation(id, language.tag()));
        title = published.title();
        removeAll();
        RouterLink back = new RouterLink(getTranslation("minutes.back"), MinutesArchiveView.class);
        back.addClassName("back-link");
        add(back, new MinutesReader(reading, n -> minutes.published(id, n), properties.defaultTimeZone()));
    }

    private static Optional<String> first(QueryParameters query, String name) {
        return query.getParameters().getOrDefault(name, List.of()).stream()
                .findFirst()
                .filter(s -> !s.isBlank());
    }

    private static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "minutes.of", title);
    }
}
