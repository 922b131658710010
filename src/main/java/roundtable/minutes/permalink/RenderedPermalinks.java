package roundtable.minutes.permalink;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import roundtable.base.i18n.Language;

/**
 * The permalink's pages and PDFs as last written, so a crowd reading the same minutes after a
 * contested meeting costs one rendering, not one per reader. A page is written again once
 * anything was published or translated ({@link PublicationMarker}), and at the latest after
 * {@link #MAX_AGE} (what the page shows of its committee, e.g. its name, can change too; shared
 * caches may keep it that long anyway).
 */
@Component
class RenderedPermalinks {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** Only published minutes are kept, a few keys each; past this many something is off, and all are dropped. */
    private static final int MAX_ENTRIES = 2_000;

    /** What was asked for: {@code version} null is the current one. */
    record Key(long minutesId, Integer version, Language language, boolean pdf) {}

    /** A written response: its body and what a cache needs to revalidate it. */
    record Rendered(byte[] body, String etag, Instant lastModified, String fileName) {}

    private record Entry(PublicationMarker.Marker marker, long writtenAtNanos, Rendered rendered) {}

    private final PublicationMarker marker;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    RenderedPermalinks(PublicationMarker marker) {
        this.marker = marker;
    }

    /** The kept response when nothing has changed since it was written; otherwise {@code render}'s, kept. */
    Optional<Rendered> get(Key key, Supplier<Optional<Rendered>> render) {
        PublicationMarker.Marker now = marker.current();
        long nanos = System.nanoTime();
        Entry kept = entries.get(key);
        if (kept != null && kept.marker().equals(now) && nanos - kept.writtenAtNanos() < MAX_AGE.toNanos()) {
            return Optional.of(kept.rendered());
        }
        Optional<Rendered> fresh = render.get();
        if (fresh.isEmpty()) {
            entries.remove(key);
            return fresh;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(now, nanos, fresh.get()));
        return fresh;
    }
}
