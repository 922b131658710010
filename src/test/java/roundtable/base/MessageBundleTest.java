package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import roundtable.committees.BodyKind;
import roundtable.committees.Position;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingStatus;
import roundtable.notifications.EmailStatus;

/** A word missing in either language is a defect a Spanish-speaking parent would hit first. */
class MessageBundleTest {

    /**
     * Keys as the code passes them: getTranslation("k"), getTranslation(locale, "k"),
     * Titles.of(this, "k"), @Menu(title = "k"), and mail subjects ("mail.…").
     */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\((?:[\\w.()]+,\\s*)?|Titles\\.of\\(this,\\s*|title = )\"([a-z0-9.-]+)\"|\"(mail\\.[a-z0-9.-]+)\"");

    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z0-9.-]+)");

    private final Properties english = load("messages.properties");
    private final Properties spanish = load("messages_es.properties");

    @Test
    void englishAndSpanishHaveExactlyTheSameKeys() {
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noMessageIsEmptyAndEveryMessageParses() {
        for (Properties bundle : new Properties[] {english, spanish}) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertThat(value).as(key).isNotBlank();
                assertThat(new MessageFormat(value).format(new Object[] {2, 3, 4, 5}))
                        .as(key)
                        .isNotBlank();
            }
        }
    }

    @Test
    void spanishIsActuallyTranslated() {
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(spanish.getProperty(k)))
                .filter(k -> !Set.of(
                                "app.name",
                                "common.no",
                                "committee.page-title",
                                "meeting.page-title",
                                "poll.availability.no")
                        .contains(k))
                .count();
        assertThat(same).as("messages identical in both languages").isZero();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        scan(Path.of("src/main/java"), ".java", KEY_IN_CODE, used);
        scan(Path.of("src/main/resources/templates"), "", KEY_IN_TEMPLATE, used);
        for (BodyKind kind : BodyKind.values()) {
            used.add(kind.messageKey());
        }
        for (Position position : Position.values()) {
            used.add(position.messageKey());
        }
        for (MeetingFormat format : MeetingFormat.values()) {
            used.add(format.messageKey());
        }
        for (MeetingStatus status : MeetingStatus.values()) {
            used.add(status.messageKey());
        }
        for (EmailStatus status : EmailStatus.values()) {
            used.add("outbox.status." + status.name().toLowerCase());
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(suffix))
                    .toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null && !m.group(g).endsWith(".")) {
                            into.add(m.group(g));
                        }
                    }
                }
            }
        }
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundleTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
