package roundtable.minutes;

import static roundtable.minutes.IndexedMinutes.BODY;
import static roundtable.minutes.IndexedMinutes.DAY;
import static roundtable.minutes.IndexedMinutes.ID;
import static roundtable.minutes.IndexedMinutes.LANG;
import static roundtable.minutes.IndexedMinutes.text;
import static roundtable.minutes.IndexedMinutes.title;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import roundtable.base.html.RichText;
import roundtable.base.i18n.Language;

/**
 * The public archive's full-text index: every current published record, in its original and in
 * each translation, analysed as English or Spanish (stems, stop words, accents), held in memory.
 * It works the same on H2 and PostgreSQL because the database only supplies the records; it is
 * rebuilt whenever {@link MinutesSource#generation()} moves, so every app instance
 * catches up with a publication made on another. A district publishes hundreds of records a
 * year, so a rebuild takes milliseconds and memory stays small.
 */
final class MinutesIndex {

    /** The language minutes are recorded in; translations are entered into the others. */
    static final Language ORIGINAL = Language.ENGLISH;

    private static final int LEAD_LENGTH = 200;

    private final MinutesSource source;
    private final Analyzer analyzer = IndexedMinutes.analyzer();
    private final Object rebuilding = new Object();
    private volatile Snapshot current;

    MinutesIndex(MinutesSource source) {
        this.source = source;
    }

    List<MinutesHit> find(MinutesQuery query, int offset, int limit) {
        Snapshot snapshot = acquire();
        try {
            List<Found> ranked = rank(snapshot, query);
            int from = Math.min(Math.max(offset, 0), ranked.size());
            List<Found> page = ranked.subList(from, Math.min(ranked.size(), from + Math.max(limit, 0)));
            Map<Found, MatchedPassage> passages = query.hasWords() ? highlight(snapshot, query, page) : Map.of();
            return page.stream().map(f -> hit(snapshot, f, passages.get(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(snapshot);
        }
    }

    int count(MinutesQuery query) {
        Snapshot snapshot = acquire();
        try {
            return rank(snapshot, query).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(snapshot);
        }
    }

    /** One record in ranked order, with the language version shown for it. */
    private record Found(long minutesId, int doc, Language language) {}

    private List<Found> rank(Snapshot snapshot, MinutesQuery query) throws IOException {
        Set<Language> languages = languages(query);
        BooleanQuery.Builder search = new BooleanQuery.Builder();
        search.add(query.hasWords() ? words(query, languages) : new MatchAllDocsQuery(), Occur.MUST);
        BooleanQuery.Builder inLanguages = new BooleanQuery.Builder();
        languages.forEach(l -> inLanguages.add(new TermQuery(new Term(LANG, l.tag())), Occur.SHOULD));
        search.add(inLanguages.build(), Occur.FILTER);
        if (query.bodyId() != null) {
            search.add(LongField.newExactQuery(BODY, query.bodyId()), Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            search.add(LongField.newRangeQuery(DAY, from, to), Occur.FILTER);
        }
        SortField newestMeeting = new SortedNumericSortField(DAY, SortField.Type.LONG, true);
        SortField newestRecord = new SortedNumericSortField(ID, SortField.Type.LONG, true);
        Sort order = query.hasWords()
                ? new Sort(SortField.FIELD_SCORE, newestMeeting, newestRecord)
                : new Sort(newestMeeting, newestRecord);
        IndexSearcher searcher = snapshot.searcher;
        ScoreDoc[] docs =
                searcher.search(search.build(), Math.max(1, snapshot.reader.maxDoc()), order, false).scoreDocs;

        // A record matches once, at the rank of its best version; the reader's language is shown when it matched too.
        StoredFields stored = searcher.storedFields();
        Map<Long, Found> byRecord = new LinkedHashMap<>();
        for (ScoreDoc doc : docs) {
            Document fields = stored.document(doc.doc, Set.of(ID, LANG));
            long id = fields.getField(ID).numericValue().longValue();
            Language language = Language.fromTag(fields.get(LANG)).orElse(ORIGINAL);
            Found seen = byRecord.get(id);
            if (seen == null || (seen.language != query.reader() && language == query.reader())) {
                byRecord.put(id, new Found(id, doc.doc, language));
            }
        }
        return new ArrayList<>(byRecord.values());
    }

    private static Set<Language> languages(MinutesQuery query) {
        Set<Language> languages = new LinkedHashSet<>();
        languages.add(query.reader());
        languages.add(ORIGINAL);
        return languages;
    }

    /**
     * The reader's words in the simple syntax people know from web search ("exact phrase", -not,
     * budget*), every word required, titles weighing twice the text. It never fails on odd input.
     */
    private Query words(MinutesQuery query, Set<Language> languages) {
        Map<String, Float> weights = new HashMap<>();
        for (Language language : languages) {
            weights.put(title(language), 2f);
            weights.put(text(language), 1f);
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(query.text());
    }

    private Map<Found, MatchedPassage> highlight(Snapshot snapshot, MinutesQuery query, List<Found> page)
            throws IOException {
        if (page.isEmpty()) {
            return Map.of();
        }
        List<Language> languages = List.copyOf(languages(query));
        String[] fields = languages.stream().map(IndexedMinutes::text).toArray(String[]::new);
        int[] docs = page.stream().mapToInt(Found::doc).toArray();
        int[] onePassage = new int[fields.length];
        Arrays.fill(onePassage, 1);
        PartsHighlighter highlighter = new PartsHighlighter(UnifiedHighlighter.builder(snapshot.searcher, analyzer)
                .withFormatter(new PassageParts())
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaxLength(1_000_000));
        Map<String, Object[]> found =
                highlighter.passages(fields, words(query, Set.copyOf(languages)), docs, onePassage);
        Map<Found, MatchedPassage> passages = new HashMap<>();
        for (int i = 0; i < page.size(); i++) {
            Object[] ofField = found.get(text(page.get(i).language));
            if (ofField != null
                    && ofField[i] instanceof MatchedPassage passage
                    && !passage.parts().isEmpty()) {
                passages.put(page.get(i), passage);
            }
        }
        return passages;
    }

    /** Returns the formatter's {@link MatchedPassage}s as they are, rather than as strings. */
    private static final class PartsHighlighter extends UnifiedHighlighter {

        PartsHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> passages(String[] fields, Query query, int[] docs, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, maxPassages);
        }
    }

    private static MinutesHit hit(Snapshot snapshot, Found found, MatchedPassage passage) {
        Indexed indexed = snapshot.records.get(found.minutesId);
        PublishedMinutes m = indexed.minutes;
        MatchedPassage shown =
                passage != null ? passage : MatchedPassage.plain(lead(indexed.texts.get(found.language)));
        return new MinutesHit(
                m.minutesId(),
                m.bodyId(),
                m.bodyName(),
                m.title(),
                m.meetingDate(),
                m.number(),
                found.language.tag(),
                found.language != ORIGINAL,
                shown);
    }

    /** The opening of a record, shown when there are no search words to match. */
    static String lead(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= LEAD_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', LEAD_LENGTH);
        return flat.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + " …";
    }

    // Building and swapping the index

    private record Indexed(PublishedMinutes minutes, Map<Language, String> texts) {}

    private record Snapshot(long marker, DirectoryReader reader, IndexSearcher searcher, Map<Long, Indexed> records) {}

    /**
     * The current index, rebuilt first if a publication moved the marker. Readers are reference
     * counted, so a search still running on the previous index finishes before it is closed.
     */
    private Snapshot acquire() {
        long marker = source.generation();
        Snapshot snapshot = current;
        if (snapshot == null || snapshot.marker != marker) {
            synchronized (rebuilding) {
                snapshot = current;
                if (snapshot == null || snapshot.marker != marker) {
                    // The marker is read before the records, so the records are at least as new as it says.
                    current = build(marker);
                    if (snapshot != null) {
                        release(snapshot);
                    }
                }
            }
        }
        while (true) {
            snapshot = current;
            if (snapshot.reader.tryIncRef()) {
                return snapshot;
            }
        }
    }

    private static void release(Snapshot snapshot) {
        try {
            snapshot.reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Snapshot build(long marker) {
        Map<Long, Indexed> records = new HashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (PublishedMinutes minutes : source.allCurrent()) {
                Map<Language, String> texts = texts(minutes);
                for (Map.Entry<Language, String> text : texts.entrySet()) {
                    writer.addDocument(IndexedMinutes.document(minutes, text.getKey(), text.getValue()));
                }
                records.put(minutes.minutesId(), new Indexed(minutes, texts));
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            return new Snapshot(marker, reader, new IndexSearcher(reader), Map.copyOf(records));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<Language, String> texts(PublishedMinutes minutes) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(ORIGINAL, plain(minutes.plainText(), minutes.html()));
        for (PublishedMinutes.TranslationInfo info : minutes.translations()) {
            Language.fromTag(info.language())
                    .filter(l -> l != ORIGINAL)
                    .ifPresent(language -> source.translation(minutes.minutesId(), language.tag())
                            .ifPresent(t -> texts.put(language, plain(t.plainText(), t.html()))));
        }
        return texts;
    }

    private static String plain(String text, String html) {
        return text != null && !text.isBlank() ? text : RichText.toPlainText(html);
    }
}
