package roundtable.base.html;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.web.util.HtmlUtils;

/**
 * The one allow-list for rich text (descriptions, notes, minutes). Applied when text is
 * saved and again when it is shown, so stored text from any source is safe to render.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "s", "sub", "sup", "blockquote", "pre", "code")
                    .allowAttributes("lang").globally()
                    .toFactory());

    /** An opening or closing tag (or a comment): a sign the text was written as HTML. */
    private static final Pattern TAG = Pattern.compile("<(/?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>|!--)");

    private RichText() {
    }

    /**
     * Text typed without any tags, as HTML that keeps its shape: a blank line starts a new paragraph
     * and a single line break stays a line break (HTML would run them together). Text with tags is
     * taken as HTML and returned as it is. Not a sanitiser: sanitise what this returns.
     */
    public static String fromTypedText(String text) {
        if (text == null || text.isBlank() || TAG.matcher(text).find()) {
            return text;
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return Arrays.stream(normalised.split("\n\\s*\n"))
                .map(paragraph -> "<p>" + Arrays.stream(paragraph.strip().split("\n"))
                        .map(line -> HtmlUtils.htmlEscape(line.strip())).collect(Collectors.joining("<br>")) + "</p>")
                .collect(Collectors.joining());
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** Plain text of a rich-text fragment, for search, summaries and the plain-text part of emails. */
    public static String toPlainText(String html) {
        String safe = sanitise(html);
        String text = safe.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "\n").replaceAll("<[^>]+>", "");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(text).replaceAll("[ \\t]+", " ").strip();
    }
}
