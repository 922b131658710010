package roundtable.minutes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import roundtable.base.i18n.Language;

/**
 * What a reader sees of published minutes: one version, in the language they chose when a
 * person has translated that version (or the current one), otherwise the original with a note.
 * The page, the permalink and the PDF all choose the same way.
 *
 * @param language the reader's language: the words around the minutes are in it
 * @param translation present only when it is what the reader reads
 */
public record MinutesReading(PublishedMinutes minutes, Language language, Optional<PublishedTranslation> translation) {

    /** Minutes are written in the district's language; others are translations of them. */
    public static final Language ORIGINAL = Language.fallback();

    /** Where anyone reads published minutes without the app: {@code /public/minutes/{id}}. */
    public static final String PERMALINK = "/public/minutes/";

    /**
     * A translation translates the version it was made from: it is offered on that version, and on
     * the current one (where it may be out of date, which the reader is told), never on another.
     */
    public static MinutesReading of(
            PublishedMinutes minutes, Language language, Optional<PublishedTranslation> translation) {
        Optional<PublishedTranslation> shown = translation
                .filter(t -> language != ORIGINAL && language.tag().equals(t.language()))
                .filter(t -> minutes.current() || t.basedOn() == minutes.number());
        return new MinutesReading(minutes, language, shown);
    }

    public String html() {
        return translation.map(PublishedTranslation::html).orElse(minutes.html());
    }

    public String plainText() {
        return translation.map(PublishedTranslation::plainText).orElse(minutes.plainText());
    }

    /** The language of the minutes' own words, which may differ from the page's around them. */
    public Language contentLanguage() {
        return translation.isPresent() ? language : ORIGINAL;
    }

    /** The reader asked for a language no one has translated this version into. */
    public boolean translationMissing() {
        return language != ORIGINAL && translation.isEmpty();
    }

    /** The translation is of another version than the one shown (it was made before an amendment). */
    public boolean translationOutOfDate() {
        return translation
                .map(t -> t.basedOn() != minutes.number() || (minutes.current() && t.outOfDate()))
                .orElse(false);
    }

    /** When anything this reading shows last changed: a version published, a translation saved. */
    public Instant lastModified() {
        return Stream.concat(
                        Stream.concat(
                                minutes.versions().stream().map(PublishedMinutes.VersionInfo::publishedAt),
                                Stream.of(minutes.publishedAt())),
                        Stream.concat(
                                minutes.translations().stream().map(PublishedMinutes.TranslationInfo::updatedAt),
                                translation.map(PublishedTranslation::updatedAt).stream()))
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    /** Languages a reader can choose here: the original first, then each translation. */
    public Stream<Language> languages() {
        return Stream.concat(
                        Stream.of(ORIGINAL),
                        minutes.translations().stream()
                                .filter(t -> minutes.current() || t.basedOn() == minutes.number())
                                .flatMap(t -> Language.fromTag(t.language()).stream())
                                .filter(l -> l != ORIGINAL))
                .distinct();
    }

    /**
     * The permalink's path, e.g. {@code /public/minutes/7?lang=es&version=1}: the language only when
     * it is not the original, the version only when it is not the latest, so the plain link always
     * reads the current record.
     */
    public static String permalink(long minutesId, Language language, Integer version, boolean pdf) {
        StringBuilder path = new StringBuilder(PERMALINK).append(minutesId).append(pdf ? ".pdf" : "");
        String separator = "?";
        if (language != ORIGINAL) {
            path.append(separator).append("lang=").append(language.tag());
            separator = "&";
        }
        if (version != null) {
            path.append(separator).append("version=").append(version);
        }
        return path.toString();
    }
}
