package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The few places where text reaches a browser or a mail reader as markup rather than as text,
 * named: a new one fails here until someone decides it is sanitised (and adds it to the XSS
 * corpus tests, FreeTextXssIntegrationTest and MinutesXssIntegrationTest). Everything else goes out
 * through Vaadin's {@code setText}/{@code Text}, grid value providers or Thymeleaf's escaping
 * {@code th:text}, which the browser never parses.
 */
class OutputEscapingGuardTest {

    /** Unescaped template output, each fed only by {@code RichText.sanitise} or the minutes renderer that uses it. */
    private static final Set<String> UNESCAPED_IN_TEMPLATES = Set.of(
            "public/minutes.html: ${content}", "mail/minutes.html: ${minutesHtml}",
            "minutes/minutes.html: ${item.notesHtml()}", "minutes/minutes.html: ${motion.textHtml()}",
            "minutes/minutes.html: ${publicCommentHtml}", "minutes/minutes.html: ${translationHtml}");

    private static final Pattern UTEXT = Pattern.compile("th:utext=\"([^\"]*)\"");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void templatesWriteUnescapedOnlyTheSanitisedMinutes() {
        for (Path template : files(TEMPLATES, ".html")) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            String text = read(template);
            Matcher utext = UTEXT.matcher(text);
            while (utext.find()) {
                assertThat(UNESCAPED_IN_TEMPLATES)
                        .as(name + " writes unescaped")
                        .contains(name + ": " + utext.group(1));
            }
            // [(...)] is unescaped inline output; in an HTML template it would be markup.
            assertThat(text).as(name + ": unescaped inline output").doesNotContain("[(");
            assertThat(text).as(name + ": script inlining").doesNotContain("th:inline=\"javascript\"");
        }
    }

    @Test
    void viewsPutMarkupInThePageOnlyThroughTheSanitiser() {
        for (Path source : files(SOURCES, ".java")) {
            String name = SOURCES.relativize(source).toString().replace('\\', '/');
            List<String> lines = read(source).lines().toList();
            for (String line : lines) {
                if (line.contains("new Html(")) {
                    assertThat(line)
                            .as(name + ": an Html component made from unsanitised text")
                            .contains("RichText.sanitise(");
                }
                assertThat(line).as(name + ": innerHTML set by hand").doesNotContain("\"innerHTML\"");
                // Lit escapes ${...} in text; in an attribute (href, src) a value could still be a script URL.
                if (line.contains("LitRenderer")) {
                    assertThat(line)
                            .as(name + ": item data bound to an attribute")
                            .doesNotContainPattern("=\\s*\"?\\$\\{item\\.");
                }
            }
        }
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
