package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import roundtable.base.html.RichText;

class RichTextTest {

    @Test
    void scriptsHandlersAndStylesAreRemovedButFormattingStays() {
        String dirty = "<p onclick=\"steal()\">Budget <strong>vote</strong></p><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><ul><li>one</li></ul><p style=\"position:fixed\">x</p>";
        String clean = RichText.sanitise(dirty);
        assertThat(clean)
                .contains("<strong>vote</strong>", "<li>one</li>")
                .doesNotContain("script", "onclick", "onerror", "<img", "position");
    }

    @Test
    void linksKeepTheirAddressButCannotRunCodeOrOpenWindows() {
        String clean = RichText.sanitise("<a href=\"https://example.org/budget\" target=\"_blank\">plan</a>"
                + "<a href=\"javascript:alert(1)\">x</a>");
        assertThat(clean)
                .contains("href=\"https://example.org/budget\"", "nofollow")
                .doesNotContain("javascript", "target");
    }

    @Test
    void plainTextKeepsWordsAndLineBreaks() {
        assertThat(RichText.toPlainText("<p>One &amp; two</p><p>Three</p>")).isEqualTo("One & two\nThree");
    }

    @Test
    void typedParagraphsAndLineBreaksKeepTheirShapeAndTypedMarkupIsText() {
        assertThat(RichText.fromTypedText(
                        "The shortfall was presented.\r\nQuestions followed.\n\n  \nA & B <3 the plan"))
                .isEqualTo("<p>The shortfall was presented.<br>Questions followed.</p><p>A &amp; B &lt;3 the plan</p>");
        assertThat(RichText.fromTypedText("<p>Already HTML</p>\n\n<p>kept</p>"))
                .isEqualTo("<p>Already HTML</p>\n\n<p>kept</p>");
        assertThat(RichText.fromTypedText(null)).isNull();
    }

    /** A record must read as it says: the override that reverses "exe.pdf" is gone from whatever is shown. */
    @Test
    void directionOverridesAndHiddenCharactersNeverReachTheOutput() {
        String dirty = "<p>Vote: \u202eyes\u202c &#x202E;no&#8238; \u2066x\u2069 bell\u0007 \ufffe</p>";
        String clean = RichText.sanitise(dirty);
        assertThat(PlainText.acceptable(HtmlUtils.htmlUnescape(clean), true))
                .as(clean)
                .isTrue();
        assertThat(clean)
                .doesNotContainIgnoringCase("&#x202e;")
                .doesNotContain("&#8238;")
                .contains("yes", "no");
        assertThat(RichText.toPlainText(dirty)).isEqualTo("Vote: yes no x bell");
        assertThat(RichText.sanitise("<p dir=\"rtl\" lang=\"ar\">\u0645\u0631\u062d\u0628\u0627\u200f</p>"))
                .as("right-to-left writing and its marks stay")
                .contains("\u0645\u0631\u062d\u0628\u0627\u200f");
    }

    @Test
    void textWithHiddenCharactersIsRefusedAtItsFieldWhenSaved() {
        for (String bad :
                new String[] {"<p>\u202eyes</p>", "<p>&#x202E;yes</p>", "<p>&#8238;yes</p>", "a\u0000b", "\u2067x"}) {
            assertThatThrownBy(() -> RichText.require("notesHtml", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(RuleViolationException.class, v -> {
                        assertThat(v.field()).isEqualTo("notesHtml");
                        assertThat(v.messageKey()).isEqualTo(PlainText.MESSAGE_KEY);
                    });
        }
        RichText.require("notesHtml", "<p>Two\r\nlines\tand \u05e9\u05dc\u05d5\u05dd\u200f &amp; \ud83d\udc4d</p>");
        RichText.require("notesHtml", null);
        // A control character written as a reference is markup the allow-list drops, as the XSS corpus has it.
        RichText.require("notesHtml", "<a href=\"&#14;  javascript:alert(1)\">x</a>");
    }
}
