package roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/**
 * Every feature stays small enough to hold in one's head (see STYLE.md): no class over 400 lines,
 * and a service does one family of use cases, about 300 lines with about 8 collaborators.
 */
class ClassSizesTest {

    static final int MAX_CLASS_LINES = 400;
    static final int MAX_SERVICE_LINES = 300;
    static final int MAX_COLLABORATORS = 8;
    static final Path SOURCES = Path.of("src/main/java/roundtable");

    @Test
    void noClassIsOverFourHundredLinesAndNoServiceOverThreeHundredOrEightCollaborators() throws Exception {
        List<String> tooBig = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readAllLines(file).size();
            String name = file.toString()
                    .replace("src/main/java/", "")
                    .replace(".java", "")
                    .replace('/', '.');
            Class<?> type = Class.forName(name);
            if (type.isAnnotationPresent(Service.class)) {
                int collaborators = 0;
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    collaborators = Math.max(collaborators, constructor.getParameterCount());
                }
                if (lines > MAX_SERVICE_LINES || collaborators > MAX_COLLABORATORS) {
                    tooBig.add(name + ": " + lines + " lines, " + collaborators + " collaborators");
                }
            } else if (lines > MAX_CLASS_LINES) {
                tooBig.add(name + ": " + lines + " lines");
            }
        }
        assertThat(tooBig).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                    .forEach(all::add);
        }
        assertThat(all).hasSizeGreaterThan(300);
        return all;
    }
}
