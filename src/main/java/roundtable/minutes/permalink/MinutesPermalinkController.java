package roundtable.minutes.permalink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.HtmlUtils;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesReading;
import roundtable.minutes.PublishedMinutes;
import roundtable.minutes.permalink.RenderedPermalinks.Rendered;

/**
 * The citable address of published minutes: plain HTML that needs no JavaScript, and the same as
 * a PDF. Read most right after a contested meeting, so it is plain Spring MVC (not a Vaadin
 * page): no session is made, each page is written once per publication and kept
 * ({@link RenderedPermalinks}), shared caches may keep it five minutes, and a repeat request with
 * its ETag or date is answered "304 Not Modified". {@code ?lang=es} reads a person's translation,
 * {@code ?version=N} an earlier version.
 */
@RestController
class MinutesPermalinkController {

    static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final Duration SHARED_CACHE = Duration.ofMinutes(5);
    /** No script may run on the page, whatever the minutes contain; its only styles are its own. */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final MinutesArchive minutes;
    private final MinutesPage page;
    private final MinutesPdf pdf;
    private final MessageSource messages;
    private final RoundtableProperties properties;
    private final RenderedPermalinks rendered;

    MinutesPermalinkController(
            MinutesArchive minutes,
            MinutesPage page,
            MinutesPdf pdf,
            MessageSource messages,
            RoundtableProperties properties,
            RenderedPermalinks rendered) {
        this.rendered = rendered;
        this.minutes = minutes;
        this.page = page;
        this.pdf = pdf;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping(MinutesPage.PATH + "{id}")
    ResponseEntity<byte[]> html(
            @PathVariable String id,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String version) {
        Language language = language(lang);
        Optional<Rendered> page = rendered(id, language, version, false);
        if (page.isEmpty()) {
            return notFound(language);
        }
        return cacheable(page.get())
                .contentType(HTML)
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(page.get().body());
    }

    @GetMapping(MinutesPage.PATH + "{id}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String id,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String version,
            WebRequest request) {
        Optional<Rendered> pdf = rendered(id, language(lang), version, true);
        if (pdf.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (request.checkNotModified(pdf.get().etag(), pdf.get().lastModified().toEpochMilli())) {
            return null;
        }
        return cacheable(pdf.get())
                .contentType(PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(pdf.get().fileName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf.get().body());
    }

    /** Written once per publication and kept ({@link RenderedPermalinks}); unknown addresses are never kept. */
    private Optional<Rendered> rendered(String id, Language language, String version, boolean asPdf) {
        boolean latest = version == null || version.isBlank();
        Optional<Long> minutesId = positive(id);
        Optional<Integer> number = latest
                ? Optional.empty()
                : positive(version).filter(n -> n <= Integer.MAX_VALUE).map(Long::intValue);
        if (minutesId.isEmpty() || (!latest && number.isEmpty())) {
            return Optional.empty();
        }
        RenderedPermalinks.Key key = new RenderedPermalinks.Key(minutesId.get(), number.orElse(null), language, asPdf);
        return rendered.get(key, () -> read(key).map(asPdf ? this::pdfOf : this::pageOf));
    }

    private Rendered pageOf(MinutesReading reading) {
        String html = page.html(reading);
        // The ETag is the page's own digest: exact, and the same on every server of the same release.
        return new Rendered(
                html.getBytes(StandardCharsets.UTF_8), '"' + digest(html) + '"', reading.lastModified(), null);
    }

    private Rendered pdfOf(MinutesReading reading) {
        String html = page.forPdf(reading);
        PublishedMinutes shown = reading.minutes();
        String fileName = "minutes-" + shown.bodySlug() + "-" + shown.meetingDate() + "-v" + shown.number()
                + (reading.translation().isPresent() ? "-" + reading.language().tag() : "") + ".pdf";
        return new Rendered(
                pdf.render(html, properties.link(MinutesPage.PATH)),
                "\"pdf-" + digest(html) + '"',
                reading.lastModified(),
                fileName);
    }

    private Optional<MinutesReading> read(RenderedPermalinks.Key key) {
        Language language = key.language();
        return minutes.published(key.minutesId(), key.version())
                .map(m -> MinutesReading.of(
                        m,
                        language,
                        language == MinutesReading.ORIGINAL
                                ? Optional.empty()
                                : minutes.translation(m.minutesId(), language.tag())));
    }

    private static ResponseEntity.BodyBuilder cacheable(Rendered rendered) {
        return ResponseEntity.ok()
                .eTag(rendered.etag())
                .lastModified(rendered.lastModified())
                .cacheControl(CacheControl.maxAge(SHARED_CACHE).cachePublic());
    }

    /** A short page rather than an empty one, for someone who followed an old or mistyped link. */
    private ResponseEntity<byte[]> notFound(Language language) {
        String text =
                HtmlUtils.htmlEscape(messages.getMessage("minutes.read.not-found", null, language.locale()), "UTF-8");
        String link = HtmlUtils.htmlEscape(messages.getMessage("minutes.back", null, language.locale()), "UTF-8");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(HTML)
                .header("Content-Security-Policy", POLICY)
                .body(("<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"UTF-8\"><title>"
                                + text + "</title></head><body><h1>" + text + "</h1><p><a href=\"/minutes\">" + link
                                + "</a></p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static Language language(String lang) {
        return Language.fromTag(lang).orElse(MinutesReading.ORIGINAL);
    }

    private static Optional<Long> positive(String text) {
        try {
            long value = Long.parseLong(text);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
