package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An unclosed block in the app's one stylesheet makes browsers drop every rule after it without a
 * word (phone layouts included), so the braces are counted here.
 */
class StylesheetTest {

    @Test
    void everyBlockInTheStylesheetIsClosed() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                // Only @media wraps rules here; anything deeper is a rule left open.
                assertThat(depth)
                        .as("nesting at line %d (comments removed)", line)
                        .isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth)
                        .as("a closing brace without an opening one at line %d", line)
                        .isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
