package roundtable.minutes.permalink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.minutes.MinutesDraft;

/**
 * A right-to-left override (U+202E) makes "Motion carried: yes" display as something else: a public
 * record would read differently from what it says. Typed into the minutes, it is refused at the field
 * it was typed in; already stored (from before the check, or from anywhere else), it never reaches the
 * permalink or the PDF.
 */
class DirectionOverridesIntegrationTest extends PublishedMinutesSupport {

    static final String RLO = "\u202e";

    @Autowired
    JdbcTemplate jdbc;

    /** With the roster the draft starts from: other tests read every published record, and each has a quorum line. */
    static MinutesContent content(MinutesDraft draft, String notes, String motion, String publicComment) {
        return new MinutesContent(
                draft.content().attendance(),
                List.of(new Item(
                        null,
                        "Budget vote",
                        notes,
                        List.of(new Motion(motion, "Whitfield", "Lee", VoteKind.COUNTS, 9, 1, 0, List.of())),
                        List.of())),
                publicComment);
    }

    void refusedAt(String field, Runnable save) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(RuleViolationException.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(PlainText.MESSAGE_KEY);
        });
    }

    @Test
    void anOverrideInNotesMotionCommentOrTranslationIsRefusedAtItsField() {
        MinutesDraft draft = draftFor("DAC minutes with a reversed word");
        long minutesId = draft.minutesId();

        refusedAt(
                MinutesContent.notesField(0),
                () -> as(
                        SECRETARY,
                        () -> minutes.saveDraft(
                                minutesId,
                                draft.version(),
                                content(draft, "<p>Vote: " + RLO + "sey</p>", "<p>That DAC agree.</p>", null))));
        refusedAt(
                MinutesContent.motionField(0, 0),
                () -> as(
                        SECRETARY,
                        () -> minutes.saveDraft(
                                minutesId,
                                draft.version(),
                                content(draft, null, "<p>That DAC &#x202E;eerga.</p>", null))));
        refusedAt(
                MinutesContent.PUBLIC_COMMENT_FIELD,
                () -> as(
                        SECRETARY,
                        () -> minutes.saveDraft(
                                minutesId,
                                draft.version(),
                                content(draft, null, "<p>That DAC agree.</p>", "<p>Two residents &#8238;ekops.</p>"))));
        assertThat(as(
                        SECRETARY,
                        () -> minutes.draftOf(draft.meetingId()).orElseThrow().version()))
                .as("nothing was saved")
                .isEqualTo(draft.version());

        publish(draft, d -> content(d, "<p>Vote: yes</p>", "<p>That DAC agree.</p>", null));
        refusedAt(
                "html",
                () -> as(
                        SECRETARY,
                        () -> minutesTranslations.addTranslation(minutesId, "es", "<p>Votación: " + RLO + "ís</p>")));
        assertThat(archive.translation(minutesId, "es")).isEmpty();
    }

    @Test
    void anOverrideAlreadyStoredNeverReachesThePermalinkOrThePdf() throws Exception {
        long minutesId = publish(
                draftFor("DAC minutes stored reversed"),
                d -> content(d, "<p>Vote: yes</p>", "<p>That DAC agree.</p>", null));
        as(SECRETARY, () -> minutesTranslations.addTranslation(minutesId, "es", "<p>Votación: sí</p>"));
        // As if written before the check existed, or by hand in the database.
        jdbc.update(
                "update minutes_version set html = replace(html, 'Vote: yes', ?) where minutes_id = ?",
                "Vote: " + RLO + "sey\u202c &#x202E;on",
                minutesId);
        jdbc.update(
                "update minutes_translation set html = replace(html, 'sí', ?) where minutes_id = ?",
                RLO + "ís &#8238;on",
                minutesId);

        String base = "/public/minutes/" + minutesId;
        for (String[] read :
                new String[][] {{base, base + ".pdf", "sey"}, {base + "?lang=es", base + ".pdf?lang=es", "ís"}}) {
            assertThat(page(read[0]))
                    .as(read[0])
                    .contains(read[2])
                    .doesNotContain(RLO, "\u202c")
                    .doesNotContainIgnoringCase("&#x202e")
                    .doesNotContain("&#8238");
            assertThat(pdfText(read[1])).as(read[1]).contains(read[2]).doesNotContain(RLO, "\u202c");
        }
    }
}
