package roundtable.minutes;

import java.time.Instant;

/** The translated text of published minutes, marked with the version it translates. */
public record PublishedTranslation(
        long minutesId,
        String language,
        int basedOn,
        boolean outOfDate,
        String html,
        String plainText,
        String translator,
        Instant updatedAt) {}
