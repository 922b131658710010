package roundtable.minutes;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether typed words refer to a person, the way a secretary writes names: in full, by family
 * name ("Martínez"), with a title ("Ms. Martínez", "Sra. Martínez"), in any case and with or
 * without accents. Used to keep out of the public record the names of people who did not agree
 * to be named.
 */
final class NameMatcher {

    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "prof",
            "sr",
            "sra",
            "srta",
            "don",
            "dona",
            "member",
            "chair",
            "vice",
            "secretary",
            "director");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    private NameMatcher() {}

    /** "Martínez", "ms martinez" or "José Luis Martínez" all refer to José Luis Martínez; "Lee" does not. */
    static boolean refersTo(String typed, String fullName) {
        List<String> said =
                words(typed).stream().filter(w -> !TITLES.contains(w)).toList();
        List<String> name = words(fullName);
        return !said.isEmpty() && !name.isEmpty() && name.containsAll(said);
    }

    /** Whether running text mentions the person: their full name, or their family name as a word of its own. */
    static boolean mentions(String text, String fullName) {
        List<String> name = words(fullName);
        if (name.isEmpty() || text == null || text.isBlank()) {
            return false;
        }
        List<String> words = words(text);
        String family = name.getLast();
        return (family.length() >= 3 && words.contains(family))
                || String.join(" ", words).contains(String.join(" ", name));
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        return Arrays.stream(WORDS.split(folded))
                .map(w -> w.replaceAll("^[-']+|[-'.]+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
