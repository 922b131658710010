package roundtable.minutes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A passage of plain text in parts, the parts that matched the search marked. Kept as text, not
 * HTML, so the view builds its own elements and nothing from the minutes is ever parsed as markup.
 */
public record MatchedPassage(List<Part> parts) {

    public MatchedPassage {
        parts = List.copyOf(parts);
    }

    public record Part(String text, boolean match) {}

    public static MatchedPassage plain(String text) {
        return new MatchedPassage(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    public List<String> matches() {
        return parts.stream().filter(Part::match).map(Part::text).toList();
    }
}
