package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import roundtable.TestMessages;
import roundtable.base.RuleViolationException;

/**
 * The verdict every bad-input property asks for: a use case either does what was asked, or refuses
 * with a message a person can act on, shown next to the field, in English and in Spanish, and leaves
 * nothing half-saved. Anything else (a database error, a null pointer, an exception no form catches)
 * is a server error page for the person who typed it.
 */
final class Refusals {

    private static final ResourceBundleMessageSource MESSAGES = TestMessages.source();
    private static final List<Properties> BUNDLES =
            List.of(bundle("messages.properties"), bundle("messages_es.properties"));

    /** How the calls of the current property went, so it can show it explored both sides. */
    static final AtomicInteger DONE = new AtomicInteger();

    static final AtomicInteger REFUSED = new AtomicInteger();

    private Refusals() {}

    /** The call's result, or empty when it was refused properly; fails the property on any other outcome. */
    static <T> Optional<T> attempt(JdbcTemplate jdbc, String[] tables, Supplier<T> call) {
        Map<String, Long> before = rows(jdbc, tables);
        try {
            T result = call.get();
            DONE.incrementAndGet();
            return Optional.ofNullable(result);
        } catch (RuleViolationException refused) {
            assertThat(refused.field()).as("the field a refusal belongs to").isNotBlank();
            assertSaysIt(refused.messageKey(), refused.arguments());
        } catch (ConstraintViolationException refused) {
            // The record's own Bean Validation at the service's door: forms bind the same limits, so this only
            // says the service holds even when a form (or an import) lets something past.
            assertThat(refused.getConstraintViolations())
                    .allSatisfy(v -> assertThat(v.getPropertyPath().toString())
                            .as("each violation names its field")
                            .contains("."));
        } catch (RuntimeException other) {
            fail("Neither done nor refused with a message but " + other, other);
        }
        REFUSED.incrementAndGet();
        assertThat(rows(jdbc, tables)).as("a refused call leaves no row behind").isEqualTo(before);
        return Optional.empty();
    }

    static void run(JdbcTemplate jdbc, String[] tables, Runnable call) {
        attempt(jdbc, tables, () -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    static void assertSaysIt(String key, Object[] args) {
        for (Properties bundle : BUNDLES) {
            assertThat(bundle).as("both bundles have " + key).containsKey(key);
        }
        assertThat(MESSAGES.getMessage(key, args, Locale.ENGLISH)).isNotBlank();
        assertThat(MESSAGES.getMessage(key, args, Locale.forLanguageTag("es"))).isNotBlank();
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (var in = Refusals.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static Map<String, Long> rows(JdbcTemplate jdbc, String... tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /** What a text field should read back as: what was typed, without the blanks around it. */
    static String stored(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
