package roundtable.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static roundtable.minutes.SearchableMinutesFixtures.minutes;
import static roundtable.minutes.SearchableMinutesFixtures.translation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import roundtable.base.i18n.Language;

/** The archive's search on minutes built by hand: no database, no Spring. */
class MinutesIndexTest {

    final FakeSource source = new FakeSource();
    final MinutesIndex index = new MinutesIndex(source);

    @Test
    void aWordFindsTheMinutesAndMarksTheMatchingPassage() {
        source.add(minutes(
                1,
                1,
                "DAC monthly meeting",
                LocalDate.of(2026, 3, 10),
                "Call to order at 6:30 pm. The committee reviewed the budgets for next year. Adjourned at 8 pm."));
        source.add(minutes(2, 1, "DAC retreat", LocalDate.of(2026, 4, 14), "Members discussed school start times."));

        List<MinutesHit> hits = index.find(words("budget"), 0, 10);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.minutesId()).isEqualTo(1);
            assertThat(hit.title()).isEqualTo("DAC monthly meeting");
            assertThat(hit.bodyName()).isEqualTo("DAC");
            assertThat(hit.language()).isEqualTo("en");
            assertThat(hit.passage().text()).isEqualTo("The committee reviewed the budgets for next year.");
            assertThat(hit.passage().matches()).containsExactly("budgets");
        });
    }

    @Test
    void theRecordThatIsMostAboutTheWordsComesFirst() {
        source.add(minutes(1, 1, "Facilities walk", LocalDate.of(2026, 5, 1), "Transportation was mentioned once."));
        source.add(minutes(
                2,
                1,
                "Transportation hearing",
                LocalDate.of(2026, 2, 1),
                "Transportation routes, transportation costs and transportation staffing were discussed."));
        source.add(minutes(3, 1, "Budget hearing", LocalDate.of(2026, 6, 1), "Nothing about buses."));

        assertThat(index.find(words("transportation"), 0, 10))
                .extracting(MinutesHit::minutesId)
                .containsExactly(2L, 1L);
    }

    @Test
    void everyWordMustMatchAndQuotesFindAPhrase() {
        source.add(minutes(1, 1, "A", LocalDate.of(2026, 1, 5), "The school board approved the calendar."));
        source.add(minutes(2, 1, "B", LocalDate.of(2026, 1, 6), "The board of the school approved nothing."));

        assertThat(index.find(words("school calendar"), 0, 10))
                .extracting(MinutesHit::minutesId)
                .containsExactly(1L);
        assertThat(index.find(words("\"school board\""), 0, 10))
                .extracting(MinutesHit::minutesId)
                .containsExactly(1L);
        assertThat(index.count(words("school board"))).isEqualTo(2);
    }

    @Test
    void aSpanishReaderSearchesTheTranslationAndSeesItsPassage() {
        source.add(minutes(
                1, 1, "DAC monthly meeting", LocalDate.of(2026, 3, 10), "The committee approved the budget.", "es"));
        source.translate(translation(1, "es", "El comité aprobó el presupuesto en la reunión de marzo."));

        MinutesHit hit =
                index.find(words("presupuestos", Language.SPANISH), 0, 10).getFirst();

        assertThat(hit.language()).isEqualTo("es");
        assertThat(hit.translation()).isTrue();
        assertThat(hit.passage().matches()).containsExactly("presupuesto");
        // Typed on a phone without the accent, the word still matches.
        assertThat(index.find(words("reunion", Language.SPANISH), 0, 10))
                .extracting(MinutesHit::minutesId)
                .containsExactly(1L);
        // An English reader searches the original only.
        assertThat(index.find(words("presupuesto"), 0, 10)).isEmpty();
    }

    @Test
    void aSpanishReaderStillFindsMinutesNotYetTranslated() {
        source.add(minutes(1, 1, "SAC meeting", LocalDate.of(2026, 3, 10), "The budget was tabled."));

        MinutesHit hit = index.find(words("budget", Language.SPANISH), 0, 10).getFirst();

        assertThat(hit.language()).isEqualTo("en");
        assertThat(hit.translation()).isFalse();
        assertThat(hit.passage().matches()).containsExactly("budget");
    }

    @Test
    void aTranslatedRecordIsFoundOnceAndShownInTheReadersLanguageWhenBothMatch() {
        source.add(minutes(1, 1, "DAC", LocalDate.of(2026, 3, 10), "Presupuesto is the Spanish word used.", "es"));
        source.translate(translation(1, "es", "Se habló del presupuesto."));

        assertThat(index.find(words("presupuesto", Language.SPANISH), 0, 10))
                .singleElement()
                .satisfies(hit -> assertThat(hit.language()).isEqualTo("es"));
    }

    @Test
    void withoutWordsTheNewestMeetingComesFirstWithItsOpening() {
        source.add(minutes(1, 1, "January", LocalDate.of(2026, 1, 13), "Opening words of January."));
        source.add(minutes(2, 2, "March", LocalDate.of(2026, 3, 10), "Opening words of March. " + "More. ".repeat(60)));
        source.add(minutes(3, 1, "February", LocalDate.of(2026, 2, 10), "Opening words of February."));

        List<MinutesHit> hits = index.find(MinutesQuery.all(Language.ENGLISH), 0, 10);

        assertThat(hits).extracting(MinutesHit::title).containsExactly("March", "February", "January");
        assertThat(hits.getFirst().passage().matches()).isEmpty();
        assertThat(hits.getFirst().passage().text())
                .startsWith("Opening words of March.")
                .endsWith("…")
                .hasSizeLessThan(210);
    }

    @Test
    void filtersByBodyAndMeetingDatesInclusive() {
        source.add(minutes(1, 1, "DAC Jan", LocalDate.of(2026, 1, 13), "Budget."));
        source.add(minutes(2, 2, "SAC Feb", LocalDate.of(2026, 2, 10), "Budget."));
        source.add(minutes(3, 1, "DAC Mar", LocalDate.of(2026, 3, 10), "Budget."));

        assertThat(index.find(new MinutesQuery("budget", 1L, null, null, Language.ENGLISH), 0, 10))
                .extracting(MinutesHit::title)
                .containsExactlyInAnyOrder("DAC Jan", "DAC Mar");
        assertThat(index.find(
                        new MinutesQuery(
                                "", null, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), Language.ENGLISH),
                        0,
                        10))
                .extracting(MinutesHit::title)
                .containsExactly("DAC Mar", "SAC Feb");
        assertThat(index.count(new MinutesQuery("", 2L, LocalDate.of(2026, 3, 1), null, Language.ENGLISH)))
                .isZero();
    }

    @Test
    void pagesAreSlicesOfOneRanking() {
        for (int i = 1; i <= 25; i++) {
            source.add(minutes(i, 1, "Meeting " + i, LocalDate.of(2026, 1, 1).plusDays(i), "Budget item " + i + "."));
        }

        assertThat(index.count(words("budget"))).isEqualTo(25);
        List<Long> all = index.find(MinutesQuery.all(Language.ENGLISH), 0, 25).stream()
                .map(MinutesHit::minutesId)
                .toList();
        assertThat(index.find(MinutesQuery.all(Language.ENGLISH), 10, 10))
                .extracting(MinutesHit::minutesId)
                .containsExactlyElementsOf(all.subList(10, 20));
        assertThat(index.find(MinutesQuery.all(Language.ENGLISH), 20, 10)).hasSize(5);
        assertThat(index.find(MinutesQuery.all(Language.ENGLISH), 30, 10)).isEmpty();
    }

    @Test
    void aPublicationElsewhereIsSeenWhenTheMarkerMoves() {
        source.add(minutes(1, 1, "First", LocalDate.of(2026, 1, 13), "Budget."));
        assertThat(index.count(words("budget"))).isEqualTo(1);

        source.records.add(minutes(2, 1, "Second", LocalDate.of(2026, 2, 10), "Budget again."));
        assertThat(index.count(words("budget")))
                .as("the index is only rebuilt when the marker moves")
                .isEqualTo(1);

        source.generation++;
        assertThat(index.count(words("budget"))).isEqualTo(2);
        assertThat(source.builds).isEqualTo(2);
    }

    @Test
    void aLongSentenceIsCutToTheWordsAroundTheMatch() {
        String filler = "word ".repeat(100);
        source.add(minutes(1, 1, "Long", LocalDate.of(2026, 1, 13), filler + "the levy passed " + filler + "end."));

        MatchedPassage passage = index.find(words("levy"), 0, 1).getFirst().passage();

        assertThat(passage.text())
                .startsWith("… word")
                .endsWith("word …")
                .contains("the levy passed")
                .hasSizeLessThanOrEqualTo(PassageParts.MAX_LENGTH + 4);
        assertThat(passage.matches()).containsExactly("levy");
    }

    @Test
    void oddInputNeverFails() {
        source.add(minutes(1, 1, "A", LocalDate.of(2026, 1, 13), "Budget."));

        for (String odd : List.of("\"unclosed", "(", "-", "*", "a AND", "the", "<script>alert(1)</script>", "~2")) {
            assertThat(index.count(words(odd))).as(odd).isNotNegative();
        }
        assertThat(index.find(words("budg*"), 0, 10)).hasSize(1);
    }

    private static MinutesQuery words(String text) {
        return words(text, Language.ENGLISH);
    }

    private static MinutesQuery words(String text, Language reader) {
        return new MinutesQuery(text, null, null, null, reader);
    }

    static final class FakeSource implements MinutesSource {
        final List<PublishedMinutes> records = new ArrayList<>();
        final Map<String, PublishedTranslation> translations = new HashMap<>();
        long generation;
        int builds;

        void add(PublishedMinutes minutes) {
            records.add(minutes);
            generation++;
        }

        void translate(PublishedTranslation translation) {
            translations.put(translation.minutesId() + "/" + translation.language(), translation);
            generation++;
        }

        @Override
        public List<PublishedMinutes> allCurrent() {
            builds++;
            return List.copyOf(records);
        }

        @Override
        public Optional<PublishedTranslation> translation(long minutesId, String language) {
            return Optional.ofNullable(translations.get(minutesId + "/" + language));
        }

        @Override
        public long generation() {
            return generation;
        }
    }
}
