package roundtable.minutes;

import java.time.LocalDate;

/**
 * One published record found in the archive, with the passage that matched (or, without search
 * words, its opening). {@code language} is the language of the passage: the reader's where a
 * translation matched, the original's otherwise.
 */
public record MinutesHit(
        long minutesId,
        long bodyId,
        String bodyName,
        String title,
        LocalDate meetingDate,
        int version,
        String language,
        boolean translation,
        MatchedPassage passage) {}
