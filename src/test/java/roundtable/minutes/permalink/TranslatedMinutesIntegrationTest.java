package roundtable.minutes.permalink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import roundtable.base.i18n.Dates;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesContent.ActionItem;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.minutes.MinutesDraft;

/**
 * A translator writes the minutes' words; what the record states besides its words (who came, the
 * quorum, the votes and their results, the actions with owner and date) is the same record in every
 * language. The Spanish permalink and PDF show all of it with Spanish labels, the translator's text
 * where the original has free text.
 */
class TranslatedMinutesIntegrationTest extends PublishedMinutesSupport {

    static final LocalDate DUE = LocalDate.of(2027, 1, 15);

    /** Everyone voting present, a motion carried 9–1 and an action with owner and date. */
    static MinutesContent recorded(MinutesDraft draft) {
        List<Attendance> attendance = draft.content().attendance().stream()
                .map(a -> new Attendance(
                        a.personId(), a.name(), a.role(), a.voting(), a.voting() ? Presence.PRESENT : Presence.ABSENT))
                .toList();
        Item item = new Item(
                null,
                "Budget priorities",
                "<p>Discussed the shortfall.</p>",
                List.of(new Motion(
                        "<p>That DAC recommend protecting classrooms.</p>",
                        "Whitfield",
                        "Lee",
                        VoteKind.COUNTS,
                        9,
                        1,
                        0,
                        List.of())),
                List.of(new ActionItem("Circulate the slides", "Secretary", DUE)));
        return new MinutesContent(attendance, List.of(item), "<p>Two residents spoke.</p>");
    }

    @Test
    void theSpanishPermalinkAndPdfShowAttendanceQuorumVotesAndActions() throws Exception {
        long id = publish(draftFor("DAC record read in Spanish"), TranslatedMinutesIntegrationTest::recorded);
        as(
                SECRETARY,
                () -> minutesTranslations.addTranslation(
                        id,
                        "es",
                        "<h2>Prioridades del presupuesto</h2><p>Se habló del déficit.</p><p>Dos vecinos tomaron la palabra.</p>"));

        String page = page("/public/minutes/" + id + "?lang=es");
        String due = Dates.date(DUE, Locale.forLanguageTag("es"));
        for (String text : List.of(Jsoup.parse(page).text(), pdfText("/public/minutes/" + id + ".pdf?lang=es"))) {
            assertThat(text.replaceAll("\\s+", " "))
                    .as("the translator's words")
                    .contains("Se habló del déficit.", "Dos vecinos tomaron la palabra.")
                    .as("attendance and quorum, labelled in Spanish")
                    .contains("Asistencia", "Presente:", "Quórum: ", "hay quórum")
                    .as("the vote, its movers and its result")
                    .contains("Moción 1", "Propuesta por Whitfield, secundada por Lee.", "Aprobada 9–1")
                    .as("the action with its owner and date")
                    .contains("Tareas", "Circulate the slides — Secretary, para el " + due)
                    .as("no English label left")
                    .doesNotContain("Attendance", "Quorum:", "Carried", "Moved by", "Action items");
        }
        assertThat(Jsoup.parse(page).select("main [lang=en]").text())
                .as("the original's own words are marked English")
                .contains("Budget priorities", "Circulate the slides");
    }
}
