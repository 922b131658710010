package roundtable.minutes;

import java.time.Instant;

/**
 * A translation as its translator edits it; {@code version} guards against two people saving at
 * once, {@code currentNumber} is the published version it would be brought up to.
 */
public record TranslationEntry(
        String language,
        long version,
        int basedOn,
        boolean outOfDate,
        String html,
        String translator,
        Instant updatedAt,
        int currentNumber) {}
