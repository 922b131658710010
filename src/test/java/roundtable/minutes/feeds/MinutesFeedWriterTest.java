package roundtable.minutes.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static roundtable.minutes.SearchableMinutesFixtures.amended;
import static roundtable.minutes.SearchableMinutesFixtures.minutes;
import static roundtable.minutes.SearchableMinutesFixtures.translation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import roundtable.TestMessages;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.minutes.PublishedMinutes;

/** The feed written from minutes built by hand, read back with the JDK's XML parser rather than Rome. */
class MinutesFeedWriterTest {

    private final MinutesFeedWriter writer = new MinutesFeedWriter(
            TestMessages.source(),
            new RoundtableProperties(
                    "Jeffco Public Schools",
                    "https://minutes.example.org/",
                    ZoneId.of("America/Denver"),
                    "x@example.org"));

    private final PublishedMinutes march =
            minutes(7, 1, "DAC monthly meeting", LocalDate.of(2026, 3, 10), "The committee approved the budget.", "es");
    private final PublishedMinutes april = minutes(8, 1, "DAC retreat", LocalDate.of(2026, 4, 14), "Start times.");

    @Test
    void eachEntryLinksToThePermalinkAndIsIdentifiedByItsVersion() {
        PublishedMinutes corrected = amended(march, "Vote count corrected", Instant.parse("2026-05-01T16:00:00Z"));

        AtomDocument feed = AtomDocument.parse(write(List.of(corrected, april, march), Language.ENGLISH));

        assertThat(feed.title()).isEqualTo("Minutes of the committees and groups of Jeffco Public Schools");
        assertThat(feed.id()).isEqualTo("https://minutes.example.org/feeds/minutes.atom");
        assertThat(feed.link("self")).contains("https://minutes.example.org/feeds/minutes.atom");
        assertThat(feed.link("alternate")).contains("https://minutes.example.org/minutes");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.updated().toInstant()).isEqualTo(Instant.parse("2026-05-01T16:00:00Z"));
        assertThat(feed.entries())
                .extracting(AtomDocument.AtomEntry::id)
                .containsExactly(
                        "https://minutes.example.org/public/minutes/7?version=2",
                        "https://minutes.example.org/public/minutes/8?version=1",
                        "https://minutes.example.org/public/minutes/7?version=1");
        assertThat(feed.entries())
                .extracting(AtomDocument.AtomEntry::link)
                .containsExactly(
                        "https://minutes.example.org/public/minutes/7",
                        "https://minutes.example.org/public/minutes/8",
                        "https://minutes.example.org/public/minutes/7");
        AtomDocument.AtomEntry first = feed.entries().getFirst();
        assertThat(first.title()).isEqualTo("DAC: minutes of DAC monthly meeting, March 10, 2026 (amended, version 2)");
        assertThat(first.summary()).isEqualTo("Amended: Vote count corrected");
        assertThat(first.contentType()).isEqualTo("html");
        assertThat(first.content()).isEqualTo("<p>The committee approved the budget.</p>");
        assertThat(first.updated().toInstant()).isEqualTo(Instant.parse("2026-05-01T16:00:00Z"));
    }

    @Test
    void inSpanishTheFeedCarriesTheTranslationAndLinksToIt() {
        AtomDocument feed = AtomDocument.parse(write(List.of(april, march), Language.SPANISH));

        assertThat(feed.title()).isEqualTo("Actas de los comités y grupos de Jeffco Public Schools");
        assertThat(feed.language()).isEqualTo("es");
        AtomDocument.AtomEntry translated = feed.entries().get(1);
        assertThat(translated.title()).isEqualTo("DAC: acta de DAC monthly meeting, 10 de marzo de 2026");
        assertThat(translated.link()).isEqualTo("https://minutes.example.org/public/minutes/7?lang=es");
        assertThat(translated.content()).isEqualTo("<p>El comité aprobó el presupuesto.</p>");
        // Minutes without a translation are carried in the original.
        assertThat(feed.entries().getFirst().link()).isEqualTo("https://minutes.example.org/public/minutes/8");
    }

    @Test
    void eachEntryCarriesOnlyATranslationOfItsOwnVersion() {
        PublishedMinutes corrected = amended(march, "Vote count corrected", Instant.parse("2026-05-01T16:00:00Z"));

        AtomDocument feed = AtomDocument.parse(write(List.of(corrected, march), Language.SPANISH));

        assertThat(feed.entries().getFirst().content())
                .as("version 2 has no Spanish yet: the original, marked English")
                .isEqualTo("<div lang=\"en\"><p>The committee approved the budget.</p></div>");
        assertThat(feed.entries().getFirst().link()).isEqualTo("https://minutes.example.org/public/minutes/7");
        assertThat(feed.entries().get(1).content())
                .as("the Spanish was made from version 1")
                .isEqualTo("<p>El comité aprobó el presupuesto.</p>");
    }

    @Test
    void aTranslationAddedLaterUpdatesItsEntryForItsReadersOnly() {
        Instant translatedAt = march.publishedAt().plus(Duration.ofDays(5));
        PublishedMinutes translatedLater = new PublishedMinutes(
                march.minutesId(),
                march.meetingId(),
                march.bodyId(),
                march.bodySlug(),
                march.bodyName(),
                march.title(),
                march.meetingDate(),
                1,
                march.publishedAt(),
                null,
                march.html(),
                march.plainText(),
                true,
                march.versions(),
                List.of(new PublishedMinutes.TranslationInfo("es", 1, false, translatedAt)));

        AtomDocument spanish = AtomDocument.parse(write(List.of(translatedLater), Language.SPANISH));
        AtomDocument english = AtomDocument.parse(write(List.of(translatedLater), Language.ENGLISH));

        assertThat(spanish.entries().getFirst().updated().toInstant()).isEqualTo(translatedAt);
        assertThat(spanish.updated().toInstant()).isEqualTo(translatedAt);
        assertThat(english.entries().getFirst().updated().toInstant()).isEqualTo(march.publishedAt());
    }

    @Test
    void markupThatSlippedIntoTheMinutesLeavesTheFeedHarmless() {
        PublishedMinutes hostile = new PublishedMinutes(
                9,
                109,
                1,
                "dac",
                "DAC <b>&amp;</b> friends",
                "Budget </title><script>alert(1)</script>",
                LocalDate.of(2026, 3, 10),
                1,
                Instant.parse("2026-03-12T00:00:00Z"),
                null,
                "<p onclick=\"alert(1)\">Hi<script>alert(2)</script><img src=x onerror=alert(3)></p>",
                "Hi",
                true,
                List.of(),
                List.of());

        String xml = write(List.of(hostile), Language.ENGLISH);
        AtomDocument.AtomEntry entry = AtomDocument.parse(xml).entries().getFirst();

        assertThat(entry.title())
                .isEqualTo(
                        "DAC <b>&amp;</b> friends: minutes of Budget </title><script>alert(1)</script>, March 10, 2026");
        assertThat(entry.content())
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onerror", "onclick")
                .contains("Hi");
        assertThat(xml).doesNotContain("<script>");
    }

    @Test
    void aFeedWithNoMinutesYetIsStillValidAtom() {
        AtomDocument feed = AtomDocument.parse(writer.write(
                new MinutesFeedWriter.Scope(
                        "/feeds/committees/dac/minutes.atom", "/minutes?body=dac", "District Accountability Committee"),
                List.of(),
                Instant.parse("2026-01-01T00:00:00Z"),
                Language.ENGLISH,
                (id, l) -> Optional.empty()));

        assertThat(feed.title()).isEqualTo("Minutes of District Accountability Committee");
        assertThat(feed.link("alternate")).contains("https://minutes.example.org/minutes?body=dac");
        assertThat(feed.updated().toInstant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(feed.entries()).isEmpty();
    }

    private String write(List<PublishedMinutes> published, Language language) {
        return writer.write(
                new MinutesFeedWriter.Scope("/feeds/minutes.atom", "/minutes", null),
                published,
                null,
                language,
                (id, lang) -> id == 7 && lang.equals("es")
                        ? Optional.of(translation(7, "es", "El comité aprobó el presupuesto."))
                        : Optional.empty());
    }
}
