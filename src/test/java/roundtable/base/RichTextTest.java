package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import roundtable.base.html.RichText;

class RichTextTest {

    @Test
    void scriptsHandlersAndStylesAreRemovedButFormattingStays() {
        String dirty = "<p onclick=\"steal()\">Budget <strong>vote</strong></p><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><ul><li>one</li></ul><p style=\"position:fixed\">x</p>";
        String clean = RichText.sanitise(dirty);
        assertThat(clean).contains("<strong>vote</strong>", "<li>one</li>")
                .doesNotContain("script", "onclick", "onerror", "<img", "position");
    }

    @Test
    void linksKeepTheirAddressButCannotRunCodeOrOpenWindows() {
        String clean = RichText.sanitise("<a href=\"https://example.org/budget\" target=\"_blank\">plan</a>"
                + "<a href=\"javascript:alert(1)\">x</a>");
        assertThat(clean).contains("href=\"https://example.org/budget\"", "nofollow")
                .doesNotContain("javascript", "target");
    }

    @Test
    void plainTextKeepsWordsAndLineBreaks() {
        assertThat(RichText.toPlainText("<p>One &amp; two</p><p>Three</p>")).isEqualTo("One & two\nThree");
    }

    @Test
    void typedParagraphsAndLineBreaksKeepTheirShapeAndTypedMarkupIsText() {
        assertThat(RichText.fromTypedText("The shortfall was presented.\r\nQuestions followed.\n\n  \nA & B <3 the plan"))
                .isEqualTo("<p>The shortfall was presented.<br>Questions followed.</p><p>A &amp; B &lt;3 the plan</p>");
        assertThat(RichText.fromTypedText("<p>Already HTML</p>\n\n<p>kept</p>"))
                .isEqualTo("<p>Already HTML</p>\n\n<p>kept</p>");
        assertThat(RichText.fromTypedText(null)).isNull();
    }
}
