package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What every form's text check keeps and refuses, and the email check every public form shares. */
class PlainTextTest {

    @Test
    void anyLanguageEmojiAndJoinersAreKept() {
        for (String ok : new String[] {
            "Nguyễn Thị Minh",
            "王小明",
            "مرحبا",
            "\u05e9\u05dc\u05d5\u05dd\u200f",
            "e\u0301",
            "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
            "' OR 1=1 --",
            "<b>{0} %s</b>",
            ""
        }) {
            assertThat(PlainText.acceptable(ok, false)).as(ok).isTrue();
        }
        assertThat(PlainText.acceptable("two\nlines\ttabbed", true)).isTrue();
        assertThat(PlainText.acceptable(null, false)).isTrue();
    }

    @Test
    void controlCharactersHalfEmojiAndDirectionOverridesAreRefused() {
        for (String bad : new String[] {
            "a\u0000b",
            "bell\u0007",
            "\u001b[31m",
            "del\u007f",
            "nel\u0085",
            "\ud83d",
            "x\ude00",
            "\u202eexe.pdf",
            "\u2066x\u2069",
            "\uffff",
            "two\nlines"
        }) {
            assertThat(PlainText.acceptable(bad, false)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> PlainText.require("name", "a\u0000"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(PlainText.MESSAGE_KEY);
    }

    @Test
    void aNameOfUnicodeSpacesOnlyIsNoName() {
        assertThatThrownBy(() -> PlainText.required("name", "\u3000\u2003"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("validation.required");
        assertThat(PlainText.required("name", "  Ana  ")).isEqualTo("Ana");
    }

    @Test
    void anAddressTheMailServerWouldRefuseIsRefusedAtTheForm() {
        assertThat(EmailAddresses.wellFormed("ana.lopez@example.org")).isTrue();
        for (String bad : new String[] {
            "fuzz\u0000@example.org",
            "fuzz\u200b@example.org",
            "fuzz..x@example.org",
            "fuzz@exa:mple.org",
            "fuzz@exa/mple.org",
            "a\u00a0b@example.org",
            "fuzz\u202e@example.org"
        }) {
            assertThat(EmailAddresses.wellFormed(bad)).as(bad).isFalse();
        }
    }
}
