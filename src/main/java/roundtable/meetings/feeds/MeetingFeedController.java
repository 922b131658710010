package roundtable.meetings.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import roundtable.base.i18n.Language;
import roundtable.meetings.CalendarDocument;
import roundtable.meetings.MeetingCalendarService;

/**
 * iCalendar over plain HTTP, for calendar apps that subscribe or import: no session is made,
 * public feeds may be cached for five minutes, and a repeat request with the ETag or date it
 * was given gets "304 Not Modified" without the body. {@code ?lang=en|es} describes events in
 * one language; without it they are described in every language Roundtable speaks.
 */
@RestController
class MeetingFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final Duration PUBLIC_CACHE = Duration.ofMinutes(5);

    private final MeetingCalendarService calendar;

    MeetingFeedController(MeetingCalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/feeds/meetings.ics")
    ResponseEntity<String> allPublicMeetings(@RequestParam(required = false) String lang) {
        return send(Optional.of(calendar.publicFeed(languages(lang))), false);
    }

    @GetMapping("/feeds/committees/{slug}.ics")
    ResponseEntity<String> bodyMeetings(@PathVariable String slug, @RequestParam(required = false) String lang) {
        return send(calendar.bodyFeed(slug, languages(lang)), false);
    }

    /** Lives under /feeds rather than beside the page at /meetings/{id}, which Vaadin's router answers. */
    @GetMapping("/feeds/meetings/{id}.ics")
    ResponseEntity<String> oneMeeting(@PathVariable String id, @RequestParam(required = false) String lang) {
        Optional<Long> meetingId = parse(id);
        return send(meetingId.flatMap(m -> calendar.meeting(m, languages(lang))), true);
    }

    @GetMapping("/feeds/private/{token}.ics")
    ResponseEntity<String> privateFeed(@PathVariable String token) {
        return send(calendar.privateFeed(token), false);
    }

    private static ResponseEntity<String> send(Optional<CalendarDocument> found, boolean attachment) {
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        CalendarDocument document = found.get();
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(document.fileName())
                .build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .eTag(document.etag())
                // Revalidated by ETag after five minutes; a private one is never kept by a shared cache.
                .cacheControl(
                        document.shared()
                                ? CacheControl.maxAge(PUBLIC_CACHE).cachePublic()
                                : CacheControl.noCache().cachePrivate());
        if (document.lastModified() != null) {
            response.lastModified(document.lastModified());
        }
        if (!document.shared()) {
            // A private link must not leak through the Referer of a link in an event, nor be indexed.
            response.header("Referrer-Policy", "no-referrer").header("X-Robots-Tag", "noindex");
        }
        return response.body(document.text());
    }

    private static List<Language> languages(String lang) {
        return Language.fromTag(lang).map(List::of).orElseGet(() -> Arrays.asList(Language.values()));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
