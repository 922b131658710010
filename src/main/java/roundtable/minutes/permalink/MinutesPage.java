package roundtable.minutes.permalink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import roundtable.base.RoundtableProperties;
import roundtable.base.html.PlainPages;
import roundtable.base.html.RichText;
import roundtable.base.i18n.Dates;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.minutes.MinutesReading;
import roundtable.minutes.PublishedMinutes;

/**
 * Writes published minutes as one plain HTML document, which is both the permalink and the
 * source of the PDF. The minutes' own words are the renderer's HTML, sanitised once more on
 * the way out; this class writes only what surrounds them (title, version, language choice).
 */
@Component
class MinutesPage {

    static final String PATH = MinutesReading.PERMALINK;

    private final SpringTemplateEngine engine;
    private final MessageSource messages;
    private final RoundtableProperties properties;

    MinutesPage(MessageSource messages, RoundtableProperties properties) {
        this.messages = messages;
        this.properties = properties;
        this.engine = PlainPages.engine(messages, "minutes");
    }

    /** The page a browser shows. */
    String html(MinutesReading reading) {
        return render(reading, false);
    }

    /** The same document for the PDF: no navigation, absolute links, embedded fonts named. */
    String forPdf(MinutesReading reading) {
        return render(reading, true);
    }

    private String render(MinutesReading reading, boolean pdf) {
        PublishedMinutes minutes = reading.minutes();
        Language language = reading.language();
        Locale locale = language.locale();
        Map<String, Object> model = new HashMap<>();
        model.put("pdf", pdf);
        model.put("lang", language.tag());
        model.put("contentLang", reading.contentLanguage().tag());
        model.put("bodyName", minutes.bodyName());
        String heading = text("minutes.of", locale, minutes.title());
        model.put("heading", heading);
        model.put("pageTitle", heading + " · " + minutes.bodyName());
        model.put("meetingDate", Dates.date(minutes.meetingDate(), locale));
        model.put(
                "versionLine",
                text(
                        "minutes.read.version",
                        locale,
                        minutes.number(),
                        minutes.versions().size(),
                        date(minutes.publishedAt(), locale)));
        model.put(
                "amendment",
                minutes.amendmentReason() == null || minutes.amendmentReason().isBlank()
                        ? null
                        : text("minutes.read.amended", locale, minutes.amendmentReason()));
        model.put("notCurrent", minutes.current() ? null : text("minutes.read.not-current", locale));
        model.put("currentHref", href(minutes.minutesId(), language, null, false));
        model.put("notices", notices(reading, locale));
        model.put(
                "translationNote",
                reading.translation()
                        .map(t -> text("minutes.read.translation-of", locale, t.basedOn()))
                        .orElse(null));
        model.put("content", RichText.sanitise(reading.html()));
        model.put(
                "languages",
                reading.languages()
                        .map(l -> entry(
                                // A language to choose is named in itself, all of it, so its reader finds it: "English
                                // (original)".
                                "label",
                                l == MinutesReading.ORIGINAL
                                        ? text("minutes.read.original", l.locale(), l.nativeName())
                                        : l.nativeName(),
                                "lang",
                                l.tag(),
                                "href",
                                href(minutes.minutesId(), l, shownVersion(minutes), false),
                                "current",
                                l == reading.contentLanguage()))
                        .toList());
        model.put(
                "versions",
                minutes.versions().stream()
                        .map(v -> entry(
                                "label",
                                text("minutes.read.version-item", locale, v.number(), date(v.publishedAt(), locale)),
                                "reason",
                                v.amendmentReason() == null
                                                || v.amendmentReason().isBlank()
                                        ? null
                                        : ": " + v.amendmentReason(),
                                "href",
                                href(minutes.minutesId(), language, v.number(), false),
                                "shown",
                                v.number() == minutes.number()))
                        .toList());
        model.put("pdfHref", href(minutes.minutesId(), language, shownVersion(minutes), true));
        model.put("pageHref", "/minutes/" + minutes.minutesId());
        model.put("permalink", properties.link(href(minutes.minutesId(), language, shownVersion(minutes), false)));
        return engine.process("minutes", new Context(locale, model));
    }

    private List<String> notices(MinutesReading reading, Locale locale) {
        List<String> notices = new ArrayList<>();
        if (reading.translationOutOfDate()) {
            notices.add(text(
                    "minutes.read.translation-out-of-date",
                    locale,
                    reading.translation().orElseThrow().basedOn(),
                    reading.minutes().number()));
        }
        if (reading.translationMissing()) {
            notices.add(text(
                    "minutes.read.no-translation",
                    locale,
                    LanguageNames.inSentence(reading.language().tag(), locale)));
        }
        return notices;
    }

    /** Links name a version only when the reader chose an earlier one, so the plain link always reads the latest. */
    private static Integer shownVersion(PublishedMinutes minutes) {
        return minutes.current() ? null : minutes.number();
    }

    static String href(long minutesId, Language language, Integer version, boolean pdf) {
        return MinutesReading.permalink(minutesId, language, version, pdf);
    }

    private String date(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : Dates.date(instant.atZone(properties.defaultTimeZone()).toLocalDate(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Template rows as maps: the template engine reads them without reflection on our types. */
    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> entry = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entry.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return entry;
    }
}
