package roundtable.base.html;

import java.util.Arrays;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.web.util.HtmlUtils;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;

/**
 * The one allow-list for rich text (descriptions, notes, minutes). Applied when text is
 * saved and again when it is shown, so stored text from any source is safe to render. The
 * characters {@link PlainText} refuses in typed text (direction overrides, control characters)
 * are refused at the field when saved ({@link #require}) and removed from whatever is shown.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "s", "sub", "sup", "blockquote", "pre", "code")
                    .allowAttributes("lang")
                    .globally()
                    .toFactory());

    /** A numeric character reference, e.g. {@code &#x202E;} or {@code &#8238;}: a way to write any character. */
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?");

    /** An opening or closing tag (or a comment): a sign the text was written as HTML. */
    private static final Pattern TAG = Pattern.compile("<(/?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>|!--)");

    private RichText() {}

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
                .map(paragraph -> "<p>"
                        + Arrays.stream(paragraph.strip().split("\n"))
                                .map(line -> HtmlUtils.htmlEscape(line.strip()))
                                .collect(Collectors.joining("<br>"))
                        + "</p>")
                .collect(Collectors.joining());
    }

    /**
     * Refuses rich text holding a character no form takes ({@link PlainText}; line breaks and tabs are
     * welcome), and a direction override written as a numeric reference ({@code &#x202E;}): it would make
     * the public record read differently from what it says. Other references are markup, which the
     * allow-list judges. Null and empty pass. For saving; {@link #sanitise} strips the same characters,
     * however written, from whatever is shown.
     */
    public static void require(String field, String html) {
        if (html != null
                && (!PlainText.acceptable(html, true)
                        || NUMERIC_REFERENCE
                                .matcher(html)
                                .results()
                                .map(RichText::referenced)
                                .anyMatch(c -> c.length() == 1 && PlainText.directionOverride(c.charAt(0))))) {
            throw new RuleViolationException(field, PlainText.MESSAGE_KEY);
        }
    }

    /** Through the allow-list, and without any character {@link PlainText} refuses, however it was written. */
    public static String sanitise(String html) {
        return html == null ? "" : withoutHiddenReferences(PlainText.withoutHidden(POLICY.sanitize(html)));
    }

    /** Numeric character references that stand for a character {@link PlainText} refuses, removed. */
    private static String withoutHiddenReferences(String html) {
        return NUMERIC_REFERENCE
                .matcher(html)
                .replaceAll(r -> PlainText.acceptable(referenced(r), true) ? Matcher.quoteReplacement(r.group()) : "");
    }

    /** The character a reference stands for; a number that is no character stands for an unpaired half. */
    private static String referenced(MatchResult reference) {
        try {
            int codePoint = reference.group(1) != null
                    ? Integer.parseInt(reference.group(1), 16)
                    : Integer.parseInt(reference.group(2));
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uD800";
        } catch (NumberFormatException tooLarge) {
            return "\uD800";
        }
    }

    /** Plain text of a rich-text fragment, for search, summaries and the plain-text part of emails. */
    public static String toPlainText(String html) {
        String safe = sanitise(html);
        String text =
                safe.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "\n").replaceAll("<[^>]+>", "");
        return HtmlUtils.htmlUnescape(text).replaceAll("[ \\t]+", " ").strip();
    }
}
