package roundtable.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Known cross-site scripting payloads (src/test/resources/xss-payloads.txt, one a line, from the
 * OWASP filter-evasion cheat sheet and newer event-handler tricks), and the check that rendered
 * HTML carries nothing that could run: no dangerous element, no event-handler attribute, no
 * script URL. Every output of the minutes (page, permalink, PDF text, feed, email) can use it.
 */
public final class XssPayloads {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)(^|[\\s\"'/])on[a-z]+\\s*=");
    private static final Pattern SCRIPT_URL = Pattern.compile(
            "(?i)(href|src|action|formaction|data|background|xlink:href|cite)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):");
    private static final List<String> DANGEROUS = List.of(
            "script",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "applet",
            "svg",
            "math",
            "img",
            "style",
            "link",
            "meta",
            "base",
            "form",
            "input",
            "button",
            "textarea",
            "select",
            "keygen",
            "video",
            "audio",
            "source",
            "body",
            "html",
            "details",
            "marquee",
            "template",
            "noscript",
            "isindex",
            "bgsound",
            "xss",
            "x");

    private XssPayloads() {}

    public static List<String> all() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code count} shapes spread evenly over the corpus (script elements, image and SVG
     * handlers, encoded script URLs, attribute break-outs, …) that fit a field of {@code maxLength}:
     * what a plain-text field gets when all of them in every field would make the test slow.
     */
    public static List<String> shapes(int count, int maxLength) {
        List<String> fitting =
                all().stream().filter(p -> p.length() <= maxLength).toList();
        return IntStream.range(0, count)
                .mapToObj(i -> fitting.get(i * fitting.size() / count))
                .toList();
    }

    /**
     * For a whole page or email, whose own frame may carry a stylesheet and meta tags: nothing in
     * it, as a browser parses it, can run: no script-like element, no event handler, no script URL.
     */
    public static void assertNothingRuns(String html, String where) {
        for (Element e : Jsoup.parse(html).getAllElements()) {
            assertThat(List.of(
                            "script",
                            "iframe",
                            "frame",
                            "object",
                            "embed",
                            "applet",
                            "svg",
                            "math",
                            "form",
                            "base",
                            "img",
                            "video",
                            "audio",
                            "template"))
                    .as(where + ": element " + e.cssSelector())
                    .doesNotContain(e.normalName());
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(name)
                        .as(where + ": event handler on " + e.cssSelector())
                        .doesNotStartWith("on");
                assertThat(value)
                        .as(where + ": script URL in " + name + " of " + e.cssSelector())
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
                assertThat(name.equals("http-equiv") && value.equals("refresh"))
                        .as(where + ": refresh")
                        .isFalse();
            }
        }
    }

    /** Fails, naming what was found, if the HTML could run anything in a reader's browser. */
    public static void assertHarmless(String html, String where) {
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String name = tags.group(1).toLowerCase(Locale.ROOT);
            String attributes = tags.group(2);
            assertThat(DANGEROUS)
                    .as(where + ": element <" + name + "> in " + tags.group())
                    .doesNotContain(name);
            assertThat(EVENT_HANDLER.matcher(attributes).find())
                    .as(where + ": event handler in " + tags.group())
                    .isFalse();
            assertThat(SCRIPT_URL.matcher(attributes).find())
                    .as(where + ": script URL in " + tags.group())
                    .isFalse();
            assertThat(attributes.toLowerCase(Locale.ROOT))
                    .as(where + ": style in " + tags.group())
                    .doesNotContain("style=", "srcdoc");
        }
    }

    /** Fails if a PDF object (and all it holds) is or carries JavaScript, a launch or a script link. */
    public static void noScriptIn(COSBase object, String where) {
        if (object instanceof COSDictionary dictionary) {
            assertThat(dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT))
                    .as(where + ": JavaScript")
                    .isFalse();
            assertThat(dictionary.getCOSName(COSName.S))
                    .as(where + ": action")
                    .isNotIn(
                            COSName.JAVA_SCRIPT,
                            COSName.getPDFName("Launch"),
                            COSName.getPDFName("SubmitForm"),
                            COSName.getPDFName("ImportData"));
            if (dictionary.getDictionaryObject(COSName.URI) instanceof COSString uri) {
                assertThat(uri.getString().strip().toLowerCase(Locale.ROOT))
                        .as(where + ": link")
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
            }
            dictionary.getValues().forEach(value -> noScriptIn(value, where));
        } else if (object instanceof COSArray array) {
            array.forEach(value -> noScriptIn(value, where));
        }
    }
}
