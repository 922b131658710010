package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import roundtable.IntegrationTest;
import roundtable.base.ui.PagedList;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.PublishedMinutes;

/**
 * The public archive as a resident uses it: search a word from the minutes and see where it
 * was said, narrow to one group or some dates, share the search by its address. Works on
 * whatever minutes the demo data published.
 */
@IntegrationTest
class MinutesArchiveViewTest extends SpringBrowserlessTest {

    @Autowired
    MinutesArchive minutes;

    @Autowired
    CommitteeService committees;

    @Test
    @WithAnonymousUser
    void everyPublishedRecordIsListedNewestMeetingFirstWithTheFeedToFollow() {
        navigate("minutes", Component.class);

        int published = minutes.allCurrent().size();
        assertThat(status()).isEqualTo("Minutes of " + published + " meetings, newest first.");
        assertThat(cards()).hasSize(Math.min(published, PagedList.PAGE_SIZE));
        PublishedMinutes newest = minutes.allCurrent().stream()
                .max(Comparator.comparing(PublishedMinutes::meetingDate))
                .orElseThrow();
        assertThat(card(0)).contains(newest.title());
        assertThat(find(Anchor.class).withId("minutes-feed-all").single().getHref())
                .isEqualTo("feeds/minutes.atom");
    }

    @Test
    @WithAnonymousUser
    void searchingAWordFromTheMinutesFindsThemAndMarksWhereItWasSaid() {
        PublishedMinutes record = minutes.allCurrent().getFirst();
        String word = distinctiveWord(record);
        navigate("minutes", Component.class);

        test(find(TextField.class).withId("minutes-search").single()).setValue(word);
        test(find(Button.class).withId("minutes-find").single()).click();

        assertThat(location()).isEqualTo("minutes?q=" + word);
        assertThat(status()).matches("Minutes of \\d+ meetings? match “" + word + "”.*");
        List<String> cards =
                IntStream.range(0, cards().size()).mapToObj(this::card).toList();
        assertThat(cards).anyMatch(c -> c.contains(record.title()));
        Element firstCard = cards().getFirst().getElement();
        List<Element> marks = descendants(firstCard)
                .filter(e -> !e.isTextNode() && "mark".equals(e.getTag()))
                .toList();
        assertThat(marks)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getTextRecursively().toLowerCase(Locale.ROOT))
                        .startsWith(word.substring(0, 4)));
        assertThat(firstCard.getTextRecursively()).contains("Matching passage:");
    }

    @Test
    @WithAnonymousUser
    void aSharedSearchOpensAsItWasWithGroupAndDates() {
        PublishedMinutes record = minutes.allCurrent().getFirst();
        BodySummary body = committees.find(record.bodyId()).orElseThrow();
        String word = distinctiveWord(record);

        open("q=" + word + "&body=" + body.slug() + "&from=" + record.meetingDate() + "&to=" + record.meetingDate());

        assertThat(find(TextField.class).withId("minutes-search").single().getValue())
                .isEqualTo(word);
        assertThat(find(Select.class).withId("minutes-body").single().getValue())
                .isEqualTo(body);
        assertThat(find(DatePicker.class).withId("minutes-from").single().getValue())
                .isEqualTo(record.meetingDate());
        assertThat(card(0)).contains(record.title()).contains(body.shortName());
        assertThat(find(Anchor.class).withId("minutes-feed-body").single().getHref())
                .isEqualTo("feeds/committees/" + body.slug() + "/minutes.atom");

        // Choosing "All groups" searches again at once, keeping the words and dates.
        find(Select.class).withId("minutes-body").single().setValue(null);
        assertThat(QueryParameters.fromString(location().substring("minutes?".length()))
                        .getParameters())
                .containsOnlyKeys("q", "from", "to");
    }

    @Test
    @WithAnonymousUser
    void whenNothingMatchesTheReaderIsToldWhatToTry() {
        open("q=zzyzxquux&from=2031-12-31&to=2031-01-01");

        assertThat(status())
                .isEqualTo("No minutes match “zzyzxquux”. Try fewer or other words, all groups or wider dates.");
        assertThat(find(PagedList.class).withId("minutes-results").exists())
                .as("no list shown")
                .isFalse();
        // Dates the wrong way round in a hand-edited address are turned round, not refused.
        assertThat(find(DatePicker.class).withId("minutes-from").single().getValue())
                .hasToString("2031-01-01");
    }

    @Test
    @WithAnonymousUser
    void aSpanishReaderSearchesInSpanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        open("q=zzyzxquux");

        assertThat(status()).startsWith("Ningún acta contiene «zzyzxquux»");
        assertThat(find(TextField.class).withId("minutes-search").single().getLabel())
                .isEqualTo("Buscar en las actas");
    }

    /** The longest word of the record, so the search is about that record rather than every one. */
    private static String distinctiveWord(PublishedMinutes record) {
        return Arrays.stream(record.plainText().split("[^\\p{IsAlphabetic}]+"))
                .filter(w -> w.chars().allMatch(c -> c < 128))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow()
                .toLowerCase(Locale.ROOT);
    }

    private List<Component> cards() {
        return PagedListCards.of(find(PagedList.class).withId("minutes-results").single());
    }

    private String card(int row) {
        return cards().get(row).getElement().getTextRecursively();
    }

    private String status() {
        return find(Paragraph.class).withId("minutes-status").single().getText();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(MinutesArchiveViewTest::descendants));
    }

    private static void open(String query) {
        UI.getCurrent().navigate("minutes", QueryParameters.fromString(query));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
