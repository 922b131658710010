package roundtable.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One published version of a meeting's minutes as every public output reads it (the page, the
 * permalink, the PDF, the feeds, the archive search, the email). {@code html} is the rendered,
 * sanitised document; {@code plainText} the same words for search and feeds. Published versions
 * never change: a correction is a new version with a reason.
 */
public record PublishedMinutes(
        long minutesId,
        long meetingId,
        long bodyId,
        String bodySlug,
        String bodyName,
        String title,
        LocalDate meetingDate,
        int number,
        Instant publishedAt,
        String amendmentReason,
        String html,
        String plainText,
        boolean current,
        List<VersionInfo> versions,
        List<TranslationInfo> translations) {

    /** Every published version, first to last. */
    public record VersionInfo(int number, Instant publishedAt, String amendmentReason) {}

    /**
     * A translation entered by a person, of version {@code basedOn}; out of date when a later
     * version has been published since.
     */
    public record TranslationInfo(String language, int basedOn, boolean outOfDate, Instant updatedAt) {}
}
