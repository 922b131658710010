package roundtable.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Published minutes built by hand, as Helper A's service would return them, for tests without a database. */
public final class SearchableMinutesFixtures {

    private SearchableMinutesFixtures() {}

    public static PublishedMinutes minutes(
            long id, long bodyId, String title, LocalDate day, String text, String... translatedInto) {
        Instant published = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(86_400 * 3);
        List<PublishedMinutes.TranslationInfo> translations = Arrays.stream(translatedInto)
                .map(l -> new PublishedMinutes.TranslationInfo(l, 1, false, published))
                .toList();
        return new PublishedMinutes(
                id,
                100 + id,
                bodyId,
                bodyId == 1 ? "dac" : "sac",
                bodyId == 1 ? "DAC" : "SAC",
                title,
                day,
                1,
                published,
                null,
                "<p>" + text + "</p>",
                text,
                true,
                List.of(new PublishedMinutes.VersionInfo(1, published, null)),
                translations);
    }

    public static PublishedMinutes amended(PublishedMinutes first, String reason, Instant at) {
        return new PublishedMinutes(
                first.minutesId(),
                first.meetingId(),
                first.bodyId(),
                first.bodySlug(),
                first.bodyName(),
                first.title(),
                first.meetingDate(),
                first.number() + 1,
                at,
                reason,
                first.html(),
                first.plainText(),
                true,
                List.of(),
                first.translations());
    }

    public static PublishedTranslation translation(long minutesId, String language, String text) {
        return new PublishedTranslation(
                minutesId,
                language,
                1,
                false,
                "<p>" + text + "</p>",
                text,
                "Ana Translator",
                Instant.parse("2026-03-20T10:00:00Z"));
    }
}
