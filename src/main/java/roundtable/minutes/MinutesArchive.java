package roundtable.minutes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.Open;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;

/**
 * Published minutes as anyone reads them: what every public output uses (the archive and its
 * search, the permalink and PDF, the feeds, the home and body pages, the emails). A closed
 * meeting's minutes are never here.
 */
@Service
@Transactional(readOnly = true)
@Open(reason = "published minutes of public meetings are the public record")
public class MinutesArchive {

    private final MinutesRepository minutes;
    private final MinutesVersionRepository versions;
    private final MinutesTranslationRepository translations;
    private final PublishedMinutesReader reader;
    private final MinutesRenderer renderer;
    private final RecordFacts facts;
    private final CommitteeService committees;

    MinutesArchive(
            MinutesRepository minutes,
            MinutesVersionRepository versions,
            MinutesTranslationRepository translations,
            PublishedMinutesReader reader,
            MinutesRenderer renderer,
            RecordFacts facts,
            CommitteeService committees) {
        this.minutes = minutes;
        this.versions = versions;
        this.translations = translations;
        this.reader = reader;
        this.renderer = renderer;
        this.facts = facts;
        this.committees = committees;
    }

    /** One published version ({@code number} null: the current one); empty when not published. */
    public Optional<PublishedMinutes> published(long minutesId, Integer number) {
        if (minutes.findById(minutesId).filter(MinutesDocument::isPublicRecord).isEmpty()) {
            // A closed meeting's minutes stay with the body: no public output shows them.
            return Optional.empty();
        }
        return reader.read(List.of(new PublishedMinutesReader.Wanted(minutesId, number == null ? 0 : number))).stream()
                .findFirst();
    }

    /** The latest publications, amendments included, newest first; of one body, or of all ({@code bodyId} null). */
    public List<PublishedMinutes> recentlyPublished(Long bodyId, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(limit, 1));
        List<MinutesVersion> newest =
                bodyId == null ? versions.newestFirst(page) : versions.newestFirstOf(bodyId, page);
        return reader.read(newest.stream()
                .map(v -> new PublishedMinutesReader.Wanted(v.getMinutesId(), v.getNumber()))
                .toList());
    }

    /**
     * A translation of published minutes, flagged out of date when a later version has been published: the
     * whole record of the version it translates, in its language, with the translator's words where the
     * original has free text ({@link MinutesRenderer#renderTranslation}).
     */
    public Optional<PublishedTranslation> translation(long minutesId, String language) {
        return minutes.findById(minutesId)
                .filter(m -> m.getCurrentNumber() > 0 && m.isPublicRecord())
                .flatMap(doc -> translations
                        .findByMinutesIdAndLanguage(minutesId, language)
                        .map(t -> PublishedMinutesReader.translation(doc, t, wholeRecord(doc, t))));
    }

    /** Empty for a version carried over from free-HTML minutes: its translation is only the translator's text. */
    private Optional<MinutesRenderer.Rendered> wholeRecord(MinutesDocument doc, MinutesTranslation t) {
        return versions.findByMinutesIdAndNumber(doc.getId(), t.getBasedOn())
                .map(MinutesVersion::getContentJson)
                .map(facts::content)
                .map(content -> renderer.renderTranslation(
                        content,
                        facts.facts(doc, facts.unnamed(content)),
                        Locale.forLanguageTag(t.getLanguage()),
                        t.getHtml(),
                        RecordFacts.ORIGINAL));
    }

    /** The current version of every published record, for the search index. */
    public List<PublishedMinutes> allCurrent() {
        return reader.read(minutes.allPublished().stream()
                .map(m -> new PublishedMinutesReader.Wanted(m.getId(), 0))
                .toList());
    }

    /** When anything public last changed (a version published, a translation saved): the search index rebuilds after it. */
    public Instant lastPublicationChange() {
        return Stream.of(versions.lastPublished(), translations.lastUpdated())
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }

    /**
     * A number that grows with every publication and every translation saved, on whichever server.
     * Unlike the latest timestamp it cannot miss a change that committed after a later-stamped one.
     */
    public long publicationGeneration() {
        return versions.count() + translations.generation();
    }

    public List<MinutesSummary> published(int offset, int limit) {
        int size = Math.max(limit, 1);
        return summaries(minutes.published(PageRequest.of(offset / size, size)));
    }

    public List<MinutesSummary> publishedOf(long bodyId, int limit) {
        return summaries(minutes.publishedOf(bodyId, PageRequest.of(0, Math.max(limit, 1))));
    }

    /**
     * The bodies the archive can be filtered by: those with published minutes, a body since
     * dissolved included, sorted by name.
     */
    public List<BodySummary> bodiesWithPublishedMinutes() {
        return minutes.bodiesWithPublished().stream()
                .map(committees::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(BodySummary::name))
                .toList();
    }

    public long countPublished() {
        return minutes.countPublished();
    }

    public Optional<MinutesSummary> findPublished(long minutesId) {
        return minutes.findById(minutesId)
                .filter(m -> m.getCurrentNumber() > 0 && m.isPublicRecord())
                .map(m -> summaries(List.of(m)))
                .map(List::getFirst);
    }

    private List<MinutesSummary> summaries(List<MinutesDocument> docs) {
        Map<Long, PublishedMinutes> current =
                reader
                        .read(docs.stream()
                                .map(m -> new PublishedMinutesReader.Wanted(m.getId(), 0))
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PublishedMinutes::minutesId, Function.identity()));
        return docs.stream()
                .filter(m -> current.containsKey(m.getId()))
                .map(m -> MinutesSummary.of(m, current.get(m.getId())))
                .toList();
    }
}
