package roundtable.minutes.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import roundtable.base.RoundtableProperties;
import roundtable.base.html.RichText;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.minutes.PublishedMinutes;
import roundtable.minutes.PublishedTranslation;

/**
 * Atom 1.0 for feed readers, written with Rome. Each published version is an entry of its own
 * (an amendment is news too), identified by the permalink of that version so a reader never
 * shows it twice, and linking to the permalink of the current minutes. The content is the
 * published HTML, sanitised once more on the way out; in the feed's language where an up-to-date
 * translation exists.
 */
@Component
class MinutesFeedWriter {

    static final String ATOM = "application/atom+xml";
    /** Enough for a year of a busy district's meetings; older minutes are in the archive. */
    static final int ENTRIES = 50;

    private final MessageSource messages;
    private final RoundtableProperties properties;

    MinutesFeedWriter(MessageSource messages, RoundtableProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** What a feed covers: every group ({@code bodyName} null) or one. */
    record Scope(String selfPath, String archivePath, String bodyName) {}

    String write(
            Scope scope,
            List<PublishedMinutes> published,
            Instant lastChange,
            Language language,
            BiFunction<Long, String, Optional<PublishedTranslation>> translations) {
        Locale locale = language.locale();
        Feed feed = new Feed("atom_1.0");
        feed.setId(properties.link(scope.selfPath()));
        feed.setTitle(
                scope.bodyName() == null
                        ? message("minutes.feed.title.all", locale, properties.organisationName())
                        : message("minutes.feed.title.body", locale, scope.bodyName()));
        feed.setAlternateLinks(List.of(link("alternate", properties.link(scope.archivePath()), "text/html", null)));
        feed.setOtherLinks(List.of(link("self", properties.link(scope.selfPath()), ATOM, null)));
        feed.setAuthors(List.of(person(properties.organisationName())));
        feed.setUpdated(
                Date.from(updated(published, language).orElse(lastChange == null ? Instant.EPOCH : lastChange)));
        List<Entry> entries = new ArrayList<>();
        for (PublishedMinutes minutes : published.stream().limit(ENTRIES).toList()) {
            entries.add(entry(minutes, language, translations));
        }
        feed.setEntries(entries);
        try {
            // Rome's Atom generator leaves out the feed's language; readers use xml:lang to pick a voice or font.
            Document document = new WireFeedOutput().outputJDom(feed);
            document.getRootElement().setAttribute("lang", language.tag(), Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("An Atom feed Rome cannot write", e);
        }
    }

    /**
     * When the feed last changed for a reader of this language: the newest publication, or the
     * newest save of a translation an entry carries. Worked out from the entries alone, so the
     * feed's date never betrays activity on minutes it does not show (a closed meeting's).
     */
    static Optional<Instant> updated(List<PublishedMinutes> published, Language language) {
        return published.stream()
                .limit(ENTRIES)
                .map(m -> entryUpdated(m, language))
                .max(Instant::compareTo);
    }

    private static Optional<PublishedMinutes.TranslationInfo> ownTranslation(
            PublishedMinutes minutes, Language language) {
        // An entry carries a translation of its own version only: version 1's entry never shows a
        // translation of version 2, nor version 2's a translation of version 1.
        return language == Language.ENGLISH
                ? Optional.empty()
                : minutes.translations().stream()
                        .filter(t -> t.language().equals(language.tag()) && t.basedOn() == minutes.number())
                        .findFirst();
    }

    private static Instant entryUpdated(PublishedMinutes minutes, Language language) {
        // A translation added later is news to its readers: their feed reader picks the entry up again.
        return ownTranslation(minutes, language)
                .map(PublishedMinutes.TranslationInfo::updatedAt)
                .filter(at -> at != null && at.isAfter(minutes.publishedAt()))
                .orElse(minutes.publishedAt());
    }

    private Entry entry(
            PublishedMinutes minutes,
            Language language,
            BiFunction<Long, String, Optional<PublishedTranslation>> translations) {
        Locale locale = language.locale();
        Optional<PublishedTranslation> translated =
                ownTranslation(minutes, language).flatMap(t -> translations.apply(minutes.minutesId(), language.tag()));
        String permalink = "/public/minutes/" + minutes.minutesId();

        Entry entry = new Entry();
        entry.setId(properties.link(permalink + "?version=" + minutes.number()));
        String date = Dates.date(minutes.meetingDate(), locale);
        String title = minutes.bodyName() == null
                ? message("minutes.feed.entry", locale, minutes.title(), date)
                : message("minutes.feed.entry.body", locale, minutes.bodyName(), minutes.title(), date);
        entry.setTitle(minutes.number() > 1 ? message("minutes.feed.amended", locale, title, minutes.number()) : title);
        String href = properties.link(
                permalink + translated.map(t -> "?lang=" + t.language()).orElse(""));
        entry.setAlternateLinks(List.of(link(
                "alternate",
                href,
                "text/html",
                translated.map(t -> t.language()).orElse(Language.ENGLISH.tag()))));
        entry.setPublished(Date.from(minutes.publishedAt()));
        entry.setUpdated(Date.from(entryUpdated(minutes, language)));
        if (minutes.bodyName() != null) {
            entry.setAuthors(List.of(person(minutes.bodyName())));
        }
        if (minutes.bodySlug() != null) {
            Category group = new Category();
            group.setTerm(minutes.bodySlug());
            group.setLabel(minutes.bodyName());
            entry.setCategories(List.of(group));
        }
        if (minutes.number() > 1 && minutes.amendmentReason() != null) {
            entry.setSummary(text(message("minutes.feed.reason", locale, minutes.amendmentReason())));
        }
        Content content = new Content();
        content.setType(Content.HTML);
        String html =
                RichText.sanitise(translated.map(PublishedTranslation::html).orElse(minutes.html()));
        // In a feed marked Spanish, the original keeps its own language, so a screen reader reads it as English.
        content.setValue(
                translated.isEmpty() && language != Language.ENGLISH
                        ? "<div lang=\"" + Language.ENGLISH.tag() + "\">" + html + "</div>"
                        : html);
        entry.setContents(List.of(content));
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type, String hreflang) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        link.setHreflang(hreflang);
        return link;
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
