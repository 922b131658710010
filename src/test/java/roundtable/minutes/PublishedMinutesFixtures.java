package roundtable.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import roundtable.base.html.RichText;
import roundtable.minutes.PublishedMinutes.TranslationInfo;
import roundtable.minutes.PublishedMinutes.VersionInfo;

/**
 * Published minutes built by hand, as the workflow would publish them: version 1, then an
 * amendment (version 2) that corrects a vote count, and a Spanish translation of version 1.
 */
public final class PublishedMinutesFixtures {

    public static final long ID = 7;
    public static final Instant FIRST = Instant.parse("2027-03-20T16:00:00Z");
    public static final Instant SECOND = Instant.parse("2027-03-27T16:00:00Z");
    public static final Instant TRANSLATED = Instant.parse("2027-03-22T16:00:00Z");

    static final String V1 = """
            <h2>1. Budget priorities</h2><p>The committee discussed the draft budget.</p>\
            <p>Motion to recommend the draft budget: carried 9 to 3.</p><h2>2. Public comment</h2>\
            <p>Two parents spoke about bus routes.</p>""";
    static final String V2 = V1.replace("carried 9 to 3", "carried 10 to 2");

    private PublishedMinutesFixtures() {}

    public static List<VersionInfo> versions() {
        return List.of(
                new VersionInfo(1, FIRST, null), new VersionInfo(2, SECOND, "The vote count was recorded wrongly"));
    }

    /** Version 2, current, with a Spanish translation of version 1 that is now out of date. */
    public static PublishedMinutes current() {
        return minutes(2, true, V2, SECOND, "The vote count was recorded wrongly", true);
    }

    public static PublishedMinutes first() {
        return minutes(1, false, V1, FIRST, null, true);
    }

    /** Published once, never amended, not translated. */
    public static PublishedMinutes single(String html) {
        return new PublishedMinutes(
                ID,
                70,
                1,
                "dac",
                "District Accountability Committee",
                "Regular meeting",
                LocalDate.of(2027, 3, 16),
                1,
                FIRST,
                null,
                html,
                RichText.toPlainText(html),
                true,
                List.of(new VersionInfo(1, FIRST, null)),
                List.of());
    }

    public static PublishedTranslation spanish(boolean outOfDate) {
        String html = """
                <h2>1. Prioridades del presupuesto</h2><p>El comité habló del borrador del presupuesto.</p>\
                <p>Moción para recomendar el borrador: aprobada 9 a 3.</p><h2>2. Comentario público</h2>\
                <p>Dos padres hablaron de las rutas de autobús.</p>""";
        return new PublishedTranslation(
                ID, "es", 1, outOfDate, html, RichText.toPlainText(html), "María Fernanda López", TRANSLATED);
    }

    private static PublishedMinutes minutes(
            int number,
            boolean current,
            String html,
            Instant publishedAt,
            String reason,
            boolean translationOutOfDate) {
        return new PublishedMinutes(
                ID,
                70,
                1,
                "dac",
                "District Accountability Committee",
                "Regular meeting",
                LocalDate.of(2027, 3, 16),
                number,
                publishedAt,
                reason,
                html,
                RichText.toPlainText(html),
                current,
                versions(),
                List.of(new TranslationInfo("es", 1, translationOutOfDate, TRANSLATED)));
    }
}
