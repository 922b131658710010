package roundtable.minutes;

import java.time.LocalDate;
import roundtable.base.i18n.Language;

/**
 * A search of the public archive. Every part is optional: no words lists the minutes newest
 * meeting first; words rank them by relevance. {@code reader} is the language the reader reads:
 * where minutes have a translation in it, that is searched and shown beside the original.
 */
public record MinutesQuery(String text, Long bodyId, LocalDate from, LocalDate to, Language reader) {

    public MinutesQuery {
        text = text == null ? "" : text.strip();
        reader = reader == null ? Language.fallback() : reader;
    }

    public static MinutesQuery all(Language reader) {
        return new MinutesQuery("", null, null, null, reader);
    }

    public boolean hasWords() {
        return !text.isEmpty();
    }
}
