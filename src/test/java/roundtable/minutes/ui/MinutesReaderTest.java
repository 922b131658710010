package roundtable.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import roundtable.IntegrationTest;
import roundtable.base.i18n.Language;
import roundtable.minutes.MinutesReading;
import roundtable.minutes.PublishedMinutes;
import roundtable.minutes.PublishedMinutesFixtures;

/**
 * The minutes page's reading part with hand-built published minutes (two versions, a Spanish
 * translation of the first): what a resident reads, which version, which language, what changed.
 */
@IntegrationTest
@WithAnonymousUser
class MinutesReaderTest extends SpringBrowserlessTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    MinutesReader show(PublishedMinutes minutes, Language language, boolean translated) {
        MinutesReader reader = new MinutesReader(
                MinutesReading.of(
                        minutes,
                        language,
                        translated ? Optional.of(PublishedMinutesFixtures.spanish(true)) : Optional.empty()),
                n -> Optional.of(n == 1 ? PublishedMinutesFixtures.first() : PublishedMinutesFixtures.current()),
                DENVER);
        UI.getCurrent().add(reader);
        return reader;
    }

    /** The words a reader sees in the part with this id, rich text included. */
    String text(String id) {
        return readable(find(Component.class).withId(id).single());
    }

    static String readable(Component component) {
        if (component instanceof Html html) {
            return Jsoup.parse(html.getInnerHtml()).text();
        }
        if (component.getChildren().findAny().isEmpty()) {
            return component.getElement().getTextRecursively();
        }
        return component.getChildren().map(MinutesReaderTest::readable).collect(Collectors.joining());
    }

    H1 heading() {
        return find(H1.class).all().getLast();
    }

    @Test
    void theCurrentVersionShowsWithEveryVersionAndReasonAndLinksToThePlainPageAndPdf() {
        show(PublishedMinutesFixtures.current(), Language.ENGLISH, false);

        assertThat(heading().getText()).isEqualTo("Minutes: Regular meeting");
        assertThat(text("minutes-content")).contains("carried 10 to 2").doesNotContain("9 to 3");
        assertThat(text("minutes-status"))
                .contains("Version 2 of 2, published March 27, 2027", "Amended: The vote count was recorded wrongly");
        assertThat(text("minutes-versions"))
                .contains(
                        "Version 1, published March 20, 2027",
                        "Version 2, published March 27, 2027 (current): The vote count was recorded wrongly");
        assertThat(find(Anchor.class).withId("minutes-permalink").single().getHref())
                .isEqualTo("/public/minutes/7");
        assertThat(find(Anchor.class).withId("minutes-pdf").single().getHref()).isEqualTo("/public/minutes/7.pdf");
        assertThat(find(RouterLink.class).withText("Español").single().getHref())
                .isEqualTo("minutes/7?lang=es");
    }

    @Test
    void whatChangedShowsTheCorrectedCountAndFollowsTheChosenVersions() {
        show(PublishedMinutesFixtures.current(), Language.ENGLISH, false);

        assertThat(text("minutes-changes"))
                .contains(
                        "One passage changed between version 1 and version 2.",
                        "Removed: Motion to recommend the draft budget: carried 9 to 3.",
                        "Added: Motion to recommend the draft budget: carried 10 to 2.");
        assertThat(find(Html.class).all())
                .anyMatch(h -> h.getInnerHtml().contains("<del>9</del>"))
                .anyMatch(h -> h.getInnerHtml().contains("<ins>10</ins>"));

        @SuppressWarnings("unchecked")
        Select<Integer> from = find(Select.class).withId("minutes-compare-from").single();
        test(from).selectItem("Version 2");
        assertThat(text("minutes-changes")).contains("These two versions say the same.");
    }

    @Test
    void aSpanishReaderReadsTheTranslationIsToldItIsOutOfDateAndHasTheOriginalOneClickAway() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        show(PublishedMinutesFixtures.current(), Language.SPANISH, true);

        assertThat(heading().getText()).isEqualTo("Acta: Regular meeting");
        assertThat(find(Component.class)
                        .withId("minutes-content")
                        .single()
                        .getElement()
                        .getAttribute("lang"))
                .isEqualTo("es");
        assertThat(text("minutes-content")).contains("Prioridades del presupuesto");
        assertThat(text("minutes-status"))
                .contains("Esta traducción es de la versión 1 y no se ha actualizado para la versión 2");
        RouterLink original =
                find(RouterLink.class).withText("English (original)").all().getFirst();
        assertThat(original.getHref()).isEqualTo("minutes/7");
        assertThat(find(Anchor.class).withId("minutes-pdf").single().getHref())
                .isEqualTo("/public/minutes/7.pdf?lang=es");
    }

    @Test
    void anEarlierVersionSaysSoAndItsTranslationIsNotOutOfDate() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        show(PublishedMinutesFixtures.first(), Language.SPANISH, true);

        assertThat(text("minutes-status"))
                .contains("Versión 1 de 2", "Esta es una versión anterior", "Traducida por una persona de la versión 1")
                .doesNotContain("no se ha actualizado");
        assertThat(find(RouterLink.class)
                        .withText("Leer la versión vigente")
                        .single()
                        .getHref())
                .isEqualTo("minutes/7?lang=es");
        assertThat(find(Anchor.class).withId("minutes-permalink").single().getHref())
                .isEqualTo("/public/minutes/7?lang=es&version=1");
    }

    @Test
    void minutesNobodyAmendedOrTranslatedHaveNoComparisonAndSayWhenALanguageIsMissing() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        show(PublishedMinutesFixtures.single("<p>All present.</p>"), Language.SPANISH, false);

        assertThat(find(Component.class).withId("minutes-changes").all()).isEmpty();
        assertThat(text("minutes-status")).contains("Esta acta no se ha traducido");
        assertThat(find(Component.class)
                        .withId("minutes-content")
                        .single()
                        .getElement()
                        .getAttribute("lang"))
                .isEqualTo("en");
    }
}
