package roundtable.minutes.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import roundtable.base.i18n.Language;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.PublishedMinutes;
import roundtable.minutes.permalink.PublicationMarker;

/**
 * The minutes' Atom feeds over plain HTTP, for feed readers, which cannot sign in: no session
 * is made, a feed may be cached for five minutes, and a repeat request with the ETag or date it
 * was given gets "304 Not Modified" without the body. {@code ?lang=es} titles the feed and its
 * entries in Spanish and carries each entry's Spanish translation where one was made of its version.
 */
@RestController
class MinutesFeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final Duration CACHE = Duration.ofMinutes(5);

    private final MinutesArchive minutes;
    private final CommitteeService committees;
    private final MinutesFeedWriter writer;
    private final PublicationMarker marker;
    /** Feeds as last written, per address and language: feed readers poll often and mostly find nothing new. */
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    private record Written(
            PublicationMarker.Marker marker, long atNanos, String xml, String etag, Instant lastModified) {}

    MinutesFeedController(
            MinutesArchive minutes, CommitteeService committees, MinutesFeedWriter writer, PublicationMarker marker) {
        this.marker = marker;
        this.minutes = minutes;
        this.committees = committees;
        this.writer = writer;
    }

    @GetMapping("/feeds/minutes.atom")
    ResponseEntity<String> allMinutes(@RequestParam(required = false) String lang) {
        return send(new MinutesFeedWriter.Scope("/feeds/minutes.atom", "/minutes", null), null, lang);
    }

    @GetMapping("/feeds/committees/{slug}/minutes.atom")
    ResponseEntity<String> bodyMinutes(@PathVariable String slug, @RequestParam(required = false) String lang) {
        BodySummary body = committees.findBySlug(slug).orElse(null);
        if (body == null) {
            return ResponseEntity.notFound().build();
        }
        return send(
                new MinutesFeedWriter.Scope(
                        "/feeds/committees/" + slug + "/minutes.atom", "/minutes?body=" + slug, body.name()),
                body.id(),
                lang);
    }

    private ResponseEntity<String> send(MinutesFeedWriter.Scope scope, Long bodyId, String lang) {
        Language language = Language.fromTag(lang).orElse(Language.fallback());
        String key = scope.selfPath() + "?" + language.tag();
        PublicationMarker.Marker now = marker.current();
        Written feed = written.get(key);
        // A body's name can change too: a kept feed is written again after the time caches may keep it.
        if (feed == null || !feed.marker().equals(now) || System.nanoTime() - feed.atNanos() >= CACHE.toNanos()) {
            List<PublishedMinutes> recent = minutes.recentlyPublished(bodyId, MinutesFeedWriter.ENTRIES);
            Instant lastChange = MinutesFeedWriter.updated(recent, language).orElse(null);
            String xml = writer.write(scope, recent, lastChange, language, minutes::translation);
            // The same minutes always make the same bytes, so their hash is a strong validator.
            feed = new Written(now, System.nanoTime(), xml, etag(xml), lastChange);
            written.put(key, feed);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(ATOM)
                .eTag(feed.etag())
                .cacheControl(CacheControl.maxAge(CACHE).cachePublic());
        if (feed.lastModified() != null) {
            response.lastModified(feed.lastModified());
        }
        return response.body(feed.xml());
    }

    private static String etag(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
