package roundtable.base.html;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

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

    private RichText() {
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
