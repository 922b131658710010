package roundtable.minutes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import roundtable.base.html.RichText;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;

/**
 * Puts published versions together as every public output reads them, in a handful of queries
 * however many are asked for: the minutes rows, all their versions and translations at once.
 */
@Component
class PublishedMinutesReader {

    /** One version of one minutes record to read. */
    record Wanted(long minutesId, int number) {}

    private final MinutesRepository minutes;
    private final MinutesVersionRepository versions;
    private final MinutesTranslationRepository translations;
    private final CommitteeService committees;

    PublishedMinutesReader(
            MinutesRepository minutes,
            MinutesVersionRepository versions,
            MinutesTranslationRepository translations,
            CommitteeService committees) {
        this.minutes = minutes;
        this.versions = versions;
        this.translations = translations;
        this.committees = committees;
    }

    /** In the order asked; a number of 0 means the current version; unknown or unpublished ones are left out. */
    List<PublishedMinutes> read(List<Wanted> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = wanted.stream().map(Wanted::minutesId).distinct().toList();
        Map<Long, MinutesDocument> docs = minutes.findAllById(ids).stream()
                .collect(Collectors.toMap(MinutesDocument::getId, Function.identity()));
        Map<Long, List<MinutesVersion>> versionsOf = versions.findByMinutesIdInOrderByNumber(ids).stream()
                .collect(Collectors.groupingBy(MinutesVersion::getMinutesId));
        Map<Long, List<MinutesTranslation>> translationsOf = translations.findByMinutesIdInOrderByLanguage(ids).stream()
                .collect(Collectors.groupingBy(MinutesTranslation::getMinutesId));
        Map<Long, BodySummary> bodies = committees.bodiesById();
        List<PublishedMinutes> result = new ArrayList<>();
        for (Wanted w : wanted) {
            MinutesDocument doc = docs.get(w.minutesId());
            if (doc == null || doc.getCurrentNumber() == 0) {
                continue;
            }
            int number = w.number() == 0 ? doc.getCurrentNumber() : w.number();
            List<MinutesVersion> all = versionsOf.getOrDefault(doc.getId(), List.of());
            all.stream()
                    .filter(v -> v.getNumber() == number)
                    .findFirst()
                    .ifPresent(v -> result.add(
                            assemble(doc, v, all, translationsOf.getOrDefault(doc.getId(), List.of()), bodies)));
        }
        return result;
    }

    private static PublishedMinutes assemble(
            MinutesDocument doc,
            MinutesVersion v,
            List<MinutesVersion> all,
            List<MinutesTranslation> translations,
            Map<Long, BodySummary> bodies) {
        BodySummary body = bodies.get(doc.getBodyId());
        List<PublishedMinutes.VersionInfo> versionInfos = all.stream()
                .sorted(Comparator.comparingInt(MinutesVersion::getNumber))
                .map(x -> new PublishedMinutes.VersionInfo(x.getNumber(), x.getPublishedAt(), x.getAmendmentReason()))
                .toList();
        List<PublishedMinutes.TranslationInfo> translationInfos = translations.stream()
                .map(t -> new PublishedMinutes.TranslationInfo(
                        t.getLanguage(), t.getBasedOn(), t.getBasedOn() < doc.getCurrentNumber(), t.getUpdatedAt()))
                .toList();
        return new PublishedMinutes(
                doc.getId(),
                doc.getMeetingId(),
                doc.getBodyId(),
                body == null ? null : body.slug(),
                body == null ? null : body.name(),
                doc.getTitle(),
                doc.getMeetingDate(),
                v.getNumber(),
                v.getPublishedAt(),
                v.getAmendmentReason(),
                v.getHtml(),
                v.getPlainText(),
                v.getNumber() == doc.getCurrentNumber(),
                versionInfos,
                translationInfos);
    }

    /** {@code whole}: the translation as the whole record (see {@link MinutesRenderer#renderTranslation}), when there is one. */
    static PublishedTranslation translation(
            MinutesDocument doc, MinutesTranslation t, Optional<MinutesRenderer.Rendered> whole) {
        String html = whole.map(MinutesRenderer.Rendered::html).orElseGet(() -> RichText.sanitise(t.getHtml()));
        String plainText =
                whole.map(MinutesRenderer.Rendered::plainText).orElseGet(() -> RichText.toPlainText(t.getHtml()));
        return new PublishedTranslation(
                doc.getId(),
                t.getLanguage(),
                t.getBasedOn(),
                t.getBasedOn() < doc.getCurrentNumber(),
                html,
                plainText,
                t.getTranslator(),
                t.getUpdatedAt());
    }
}
