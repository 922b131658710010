package roundtable.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import roundtable.base.html.RichText;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.RichTextBlock;
import roundtable.minutes.MinutesReading;
import roundtable.minutes.PublishedMinutes;

/**
 * Published minutes as a reader sees them in the app: one version in the chosen language, the
 * language choice (the original one click away), every version with its reason, links to the
 * plain permalink and the PDF, and what changed between two versions. It shows the renderer's
 * HTML as published; it never lays out the minutes itself.
 */
class MinutesReader extends Div {

    private static final long serialVersionUID = 1L;

    private final transient MinutesReading reading;
    private final transient IntFunction<Optional<PublishedMinutes>> version;
    private final ZoneId zone;
    private final Div changes = new Div();

    /**
     * @param version looks up another published version of the same minutes, for the comparison
     */
    MinutesReader(MinutesReading reading, IntFunction<Optional<PublishedMinutes>> version, ZoneId zone) {
        this.reading = reading;
        this.version = version;
        this.zone = zone;
        addClassName("minutes-reader");
        PublishedMinutes minutes = reading.minutes();
        Paragraph body = new Paragraph(minutes.bodyName() + " · " + Dates.date(minutes.meetingDate(), getLocale()));
        body.addClassName("meta");
        add(new H1(getTranslation("minutes.of", minutes.title())), body, languages());
        add(status());
        Div content = new Div(RichTextBlock.of(reading.html()));
        content.addClassName("minutes-text");
        content.getElement().setAttribute("lang", reading.contentLanguage().tag());
        content.setId("minutes-content");
        add(content, plainLinks(), versions());
        if (minutes.versions().size() > 1) {
            add(comparison());
        }
    }

    private Component languages() {
        UnorderedList list = new UnorderedList();
        reading.languages().forEach(language -> {
            // A language to choose is named in itself, all of it, so its reader finds it: "English (original)".
            String label = language == MinutesReading.ORIGINAL
                    ? getTranslation(language.locale(), "minutes.read.original", language.nativeName())
                    : language.nativeName();
            RouterLink link = link(label, language, shownVersion());
            link.getElement().setAttribute("lang", language.tag());
            if (language == reading.contentLanguage()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        });
        Nav nav = new Nav(new Span(getTranslation("minutes.read.languages") + ":"), list);
        nav.getElement().setAttribute("aria-label", getTranslation("minutes.read.languages"));
        nav.addClassName("minutes-languages");
        return nav;
    }

    private Component status() {
        PublishedMinutes minutes = reading.minutes();
        Div status = new Div();
        status.setId("minutes-status");
        status.add(new Paragraph(getTranslation(
                "minutes.read.version", minutes.number(), minutes.versions().size(), date(minutes.publishedAt()))));
        if (minutes.amendmentReason() != null && !minutes.amendmentReason().isBlank()) {
            status.add(new Paragraph(getTranslation("minutes.read.amended", minutes.amendmentReason())));
        }
        if (!minutes.current()) {
            status.add(notice(
                    new Span(getTranslation("minutes.read.not-current") + " "),
                    link(getTranslation("minutes.read.current-link"), reading.language(), null)));
        }
        if (reading.translationOutOfDate()) {
            status.add(notice(
                    new Span(getTranslation(
                                    "minutes.read.translation-out-of-date",
                                    reading.translation().orElseThrow().basedOn(),
                                    minutes.number())
                            + " "),
                    link(
                            getTranslation(
                                    "minutes.read.original",
                                    LanguageNames.of(MinutesReading.ORIGINAL.tag(), getLocale())),
                            MinutesReading.ORIGINAL,
                            shownVersion())));
        } else if (reading.translation().isPresent()) {
            status.add(new Paragraph(getTranslation(
                    "minutes.read.translation-of", reading.translation().get().basedOn())));
        }
        if (reading.translationMissing()) {
            status.add(notice(new Span(getTranslation(
                    "minutes.read.no-translation",
                    LanguageNames.inSentence(reading.language().tag(), getLocale())))));
        }
        return status;
    }

    private static Paragraph notice(Component... parts) {
        Paragraph notice = new Paragraph(parts);
        notice.addClassNames("notice", "minutes-notice");
        return notice;
    }

    private Component plainLinks() {
        String permalink = permalink(false);
        Anchor page = new Anchor(permalink, getTranslation("minutes.read.permalink"));
        Anchor pdf = new Anchor(permalink(true), getTranslation("minutes.read.pdf"));
        page.setRouterIgnore(true);
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("type", "application/pdf");
        page.setId("minutes-permalink");
        pdf.setId("minutes-pdf");
        Paragraph links = new Paragraph(page, new Span(" · "), pdf);
        links.addClassName("minutes-links");
        return links;
    }

    private Component versions() {
        OrderedList list = new OrderedList();
        for (PublishedMinutes.VersionInfo v : reading.minutes().versions()) {
            String label = getTranslation("minutes.read.version-item", v.number(), date(v.publishedAt()));
            ListItem item = new ListItem();
            if (v.number() == reading.minutes().number()) {
                Span shown = new Span(label);
                shown.getElement().setAttribute("aria-current", "page");
                shown.addClassName("minutes-version-shown");
                item.add(shown);
            } else {
                item.add(link(label, reading.language(), latest(v.number()) ? null : v.number()));
            }
            if (latest(v.number())) {
                item.add(new Span(" (" + getTranslation("minutes.read.current") + ")"));
            }
            if (v.amendmentReason() != null && !v.amendmentReason().isBlank()) {
                item.add(new Span(": " + v.amendmentReason()));
            }
            list.add(item);
        }
        list.setId("minutes-versions");
        H2 heading = new H2(getTranslation("minutes.read.versions"));
        heading.setId("minutes-versions-heading");
        Section section = new Section(heading, list);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    /** Two version pickers and the changed passages; by default the version shown against the one before it. */
    private Component comparison() {
        List<Integer> numbers = reading.minutes().versions().stream()
                .map(PublishedMinutes.VersionInfo::number)
                .toList();
        Select<Integer> from = picker("minutes.read.compare-from", numbers, "minutes-compare-from");
        Select<Integer> to = picker("minutes.read.compare-to", numbers, "minutes-compare-to");
        int shown = reading.minutes().number();
        int index = numbers.indexOf(shown);
        from.setValue(index > 0 ? numbers.get(index - 1) : numbers.getFirst());
        to.setValue(index > 0 ? shown : numbers.get(1));
        from.addValueChangeListener(e -> showChanges(from.getValue(), to.getValue()));
        to.addValueChangeListener(e -> showChanges(from.getValue(), to.getValue()));
        changes.setId("minutes-changes");
        changes.getElement().setAttribute("aria-live", "polite");
        showChanges(from.getValue(), to.getValue());
        H2 heading = new H2(getTranslation("minutes.read.changes"));
        heading.setId("minutes-changes-heading");
        Div pickers = new Div(from, to);
        pickers.addClassName("minutes-compare");
        Section section = new Section(heading, pickers, changes);
        // The permalink links here to show what changed.
        section.setId("minutes-compare");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private Select<Integer> picker(String labelKey, List<Integer> numbers, String id) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(numbers);
        select.setItemLabelGenerator(n -> getTranslation("minutes.read.compare-version", n));
        select.setId(id);
        return select;
    }

    private void showChanges(Integer older, Integer newer) {
        changes.removeAll();
        if (older == null || newer == null) {
            return;
        }
        Map<Integer, String> text = new HashMap<>();
        for (int n : new int[] {older, newer}) {
            text.computeIfAbsent(
                    n,
                    k -> k == reading.minutes().number()
                            ? reading.minutes().plainText()
                            : version.apply(k).map(PublishedMinutes::plainText).orElse(""));
        }
        List<VersionChanges.Change> found = VersionChanges.between(text.get(older), text.get(newer));
        if (found.isEmpty()) {
            changes.add(new Paragraph(getTranslation("minutes.read.no-changes")));
            return;
        }
        changes.add(new Paragraph(getTranslation("minutes.read.changes-count", found.size(), older, newer)));
        for (VersionChanges.Change change : found) {
            Div passage = new Div();
            passage.addClassName("minutes-change");
            if (!change.removedHtml().isEmpty()) {
                passage.add(marked("minutes.read.removed", change.removedHtml(), "minutes-removed"));
            }
            if (!change.addedHtml().isEmpty()) {
                passage.add(marked("minutes.read.added", change.addedHtml(), "minutes-added"));
            }
            changes.add(passage);
        }
    }

    private Component marked(String labelKey, String html, String className) {
        Paragraph line = new Paragraph(
                new Span(getTranslation(labelKey) + ": "), new Html("<span>" + RichText.sanitise(html) + "</span>"));
        line.addClassName(className);
        return line;
    }

    private RouterLink link(String text, Language language, Integer versionNumber) {
        RouterLink link =
                new RouterLink(text, MinutesView.class, reading.minutes().minutesId());
        Map<String, String> query = new HashMap<>();
        if (language != MinutesReading.ORIGINAL) {
            query.put(MinutesView.LANG, language.tag());
        }
        if (versionNumber != null) {
            query.put(MinutesView.VERSION, String.valueOf(versionNumber));
        }
        link.setQueryParameters(QueryParameters.simple(query));
        return link;
    }

    private Integer shownVersion() {
        return reading.minutes().current() ? null : reading.minutes().number();
    }

    private boolean latest(int number) {
        return number == reading.minutes().versions().getLast().number();
    }

    private String permalink(boolean pdf) {
        return MinutesReading.permalink(
                reading.minutes().minutesId(),
                reading.translation().isPresent() ? reading.language() : MinutesReading.ORIGINAL,
                shownVersion(),
                pdf);
    }

    private String date(Instant instant) {
        return instant == null ? "" : Dates.date(instant.atZone(zone).toLocalDate(), getLocale());
    }
}
