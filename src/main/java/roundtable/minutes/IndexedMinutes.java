package roundtable.minutes;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import roundtable.base.i18n.Language;

/**
 * How a published record lies in the archive's index: one document per language version, with
 * its title and text analysed as that language, and the fields the archive filters and sorts by.
 */
final class IndexedMinutes {

    static final String ID = "minutes";
    static final String LANG = "lang";
    static final String BODY = "body";
    static final String DAY = "day";

    private static final FieldType HIGHLIGHTABLE = highlightable();

    private IndexedMinutes() {}

    static Document document(PublishedMinutes minutes, Language language, String text) {
        Document doc = new Document();
        doc.add(new LongField(ID, minutes.minutesId(), Field.Store.YES));
        doc.add(new StringField(LANG, language.tag(), Field.Store.YES));
        doc.add(new LongField(BODY, minutes.bodyId(), Field.Store.NO));
        doc.add(new LongField(
                DAY, minutes.meetingDate() == null ? 0 : minutes.meetingDate().toEpochDay(), Field.Store.NO));
        doc.add(new TextField(title(language), Objects.requireNonNullElse(minutes.title(), ""), Field.Store.NO));
        doc.add(new Field(text(language), text, HIGHLIGHTABLE));
        return doc;
    }

    static String title(Language language) {
        return "title_" + language.tag();
    }

    static String text(Language language) {
        return "text_" + language.tag();
    }

    /** Offsets are kept so the highlighter finds the matching passage without analysing the text again. */
    private static FieldType highlightable() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (Language language : Language.values()) {
            Analyzer analyzer = switch (language) {
                case ENGLISH -> new EnglishAnalyzer();
                case SPANISH -> new SpanishAnalyzer();
            };
            byField.put(title(language), analyzer);
            byField.put(text(language), analyzer);
        }
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), byField);
    }
}
