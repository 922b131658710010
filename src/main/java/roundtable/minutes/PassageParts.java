package roundtable.minutes;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passage into a {@link MatchedPassage}: plain text in parts, the
 * matches marked. A long sentence is cut to a window around its first match, so a result shows
 * a line or two, not a paragraph.
 */
final class PassageParts extends PassageFormatter {

    static final int MAX_LENGTH = 240;
    private static final int BEFORE_MATCH = 80;
    private static final String CUT = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return MatchedPassage.plain("");
        }
        Passage passage = passages[0];
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        if (end - start > MAX_LENGTH) {
            int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
            int windowStart = Math.max(start, firstMatch - BEFORE_MATCH);
            int windowEnd = Math.min(end, windowStart + MAX_LENGTH);
            start = windowStart > passage.getStartOffset() ? wordStart(content, windowStart, firstMatch) : start;
            end = windowEnd < passage.getEndOffset() ? wordEnd(content, windowEnd, start) : end;
        }
        List<MatchedPassage.Part> parts = new ArrayList<>();
        if (start > passage.getStartOffset()) {
            parts.add(new MatchedPassage.Part(CUT + " ", false));
        }
        int at = start;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = Math.max(passage.getMatchStarts()[i], at);
            int matchEnd = Math.min(passage.getMatchEnds()[i], end);
            if (matchStart >= matchEnd) {
                continue;
            }
            add(parts, content.substring(at, matchStart), false);
            add(parts, content.substring(matchStart, matchEnd), true);
            at = matchEnd;
        }
        add(parts, content.substring(at, end), false);
        if (end < passage.getEndOffset()) {
            parts.add(new MatchedPassage.Part(" " + CUT, false));
        }
        trimEnds(parts);
        return new MatchedPassage(parts);
    }

    /** Lines of the minutes (headings, list items) read as one passage: each run of whitespace becomes a space. */
    private static void add(List<MatchedPassage.Part> parts, String text, boolean match) {
        String flat = text.replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && parts.getLast().match() == match) {
            parts.set(parts.size() - 1, new MatchedPassage.Part(parts.getLast().text() + flat, match));
        } else {
            parts.add(new MatchedPassage.Part(flat, match));
        }
    }

    private static void trimEnds(List<MatchedPassage.Part> parts) {
        if (!parts.isEmpty() && !parts.getFirst().match()) {
            parts.set(0, new MatchedPassage.Part(parts.getFirst().text().stripLeading(), false));
        }
        if (!parts.isEmpty() && !parts.getLast().match()) {
            parts.set(
                    parts.size() - 1,
                    new MatchedPassage.Part(parts.getLast().text().stripTrailing(), false));
        }
        parts.removeIf(p -> p.text().isEmpty());
    }

    private static int wordStart(String content, int from, int limit) {
        int space = content.indexOf(' ', from);
        return space >= 0 && space < limit ? space + 1 : from;
    }

    private static int wordEnd(String content, int to, int limit) {
        int space = content.lastIndexOf(' ', to);
        return space > limit ? space : to;
    }
}
