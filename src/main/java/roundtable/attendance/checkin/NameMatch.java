package roundtable.attendance.checkin;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Names compared the way a person at the door types them: without accents, case or extra spaces,
 * so "maria ruiz" finds "María Fernanda Ruiz".
 */
public final class NameMatch {

    private NameMatch() {}

    /** The name reduced for comparing: "  María  Ruiz" and "maria ruiz" give the same key. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("\\s+", " ");
    }

    /** Whether every word of the query is in the name, in any order; an empty query matches everyone. */
    public static boolean matches(String name, String query) {
        String haystack = key(name);
        return Arrays.stream(key(query).split(" ")).allMatch(haystack::contains);
    }
}
