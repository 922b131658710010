package roundtable.scheduling;

import java.util.Arrays;
import java.util.List;

/**
 * One sentence explaining a ranking, as a message key and its arguments, so it is written in
 * the reader's language. A {@link LanguageTag} argument is to be named in that language too.
 */
public record Reason(String key, List<Object> args) {

    public record LanguageTag(String tag) {}

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }
}
