package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property a number of times, each try from its own seed, and says on failure which try,
 * which seed and every value it drew, so the failure can be replayed with {@code -Dfuzz.seed=…}.
 * The seed is fixed unless given, so the suite is the same on every run; a new seed explores further.
 */
final class Fuzz {

    static final long SEED = Long.getLong("fuzz.seed", 20261123L);

    private Fuzz() {}

    /** The values one try draws, remembered for the report. */
    static final class Try {
        private final Random random;
        private final List<String> drawn = new ArrayList<>();

        Try(long seed) {
            this.random = new Random(seed);
        }

        <T> T draw(String name, Gen<T> gen) {
            T value = gen.next(random);
            drawn.add(name + " = " + show(value));
            return value;
        }
    }

    /**
     * Runs the property and then insists it saw the use case both succeed and refuse: a property
     * whose every try is refused (or accepted) proves nothing about the other side.
     */
    static void check(int tries, Consumer<Try> property) {
        Refusals.DONE.set(0);
        Refusals.REFUSED.set(0);
        checkOneWay(tries, property);
        assertThat(Refusals.DONE.get()).as("tries that succeeded").isPositive();
        assertThat(Refusals.REFUSED.get()).as("tries that were refused").isPositive();
    }

    /** For a use case that never refuses (it answers every input the same way). */
    static void checkOneWay(int tries, Consumer<Try> property) {
        for (int i = 0; i < tries; i++) {
            long seed = SEED * 1_000_003L + i;
            Try attempt = new Try(seed);
            try {
                property.accept(attempt);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(
                        "Try " + (i + 1) + " of " + tries + " (-Dfuzz.seed=" + SEED + ") failed with\n  "
                                + String.join("\n  ", attempt.drawn) + "\n" + failure.getMessage(),
                        failure);
            }
        }
    }

    /** Control and invisible characters written as escapes, and long values cut, so the report can be read. */
    static String show(Object value) {
        if (!(value instanceof String s)) {
            return String.valueOf(value);
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(s.length(), 120);
        for (int i = 0; i < shown; i++) {
            char c = s.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append(s.length() > shown ? "…\" (" + s.length() + " chars)" : "\"")
                .toString();
    }
}
