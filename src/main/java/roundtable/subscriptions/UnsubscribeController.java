package roundtable.subscriptions;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import roundtable.base.i18n.Language;

/**
 * The address in every list email's {@code List-Unsubscribe} header and footer. A mail program's
 * one-click {@code POST} (RFC 8058) unsubscribes at once; a {@code GET} only shows a page with the
 * button, because link scanners open every link in an email. Plain Spring MVC, like the minutes'
 * permalink: no session, no cookie, no script, and exempt from CSRF (the signed link is the proof).
 */
@RestController
class UnsubscribeController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** The page's only form posts back to itself; nothing else may load or run. */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final SubscriptionService subscriptions;
    private final UnsubscribePage page;

    UnsubscribeController(SubscriptionService subscriptions, UnsubscribePage page) {
        this.subscriptions = subscriptions;
        this.page = page;
    }

    @GetMapping(SubscriptionService.UNSUBSCRIBE_PATH + "{token}")
    ResponseEntity<String> ask(@PathVariable String token, @RequestParam(required = false) String lang, Locale locale) {
        try {
            Unsubscribing what = subscriptions.unsubscribing(token);
            return html(HttpStatus.OK, page.ask(what, token));
        } catch (SubscriptionLinkException e) {
            return html(HttpStatus.NOT_FOUND, page.invalid(language(lang, locale)));
        }
    }

    /** RFC 8058's one-click request carries {@code List-Unsubscribe=One-Click}; the page's button sends the same. */
    @PostMapping(SubscriptionService.UNSUBSCRIBE_PATH + "{token}")
    ResponseEntity<String> unsubscribe(
            @PathVariable String token, @RequestParam(required = false) String lang, Locale locale) {
        try {
            return html(HttpStatus.OK, page.done(subscriptions.unsubscribe(token), token));
        } catch (SubscriptionLinkException e) {
            return html(HttpStatus.NOT_FOUND, page.invalid(language(lang, locale)));
        }
    }

    @PostMapping(SubscriptionService.UNSUBSCRIBE_PATH + "{token}/undo")
    ResponseEntity<String> resubscribe(
            @PathVariable String token, @RequestParam(required = false) String lang, Locale locale) {
        try {
            return html(HttpStatus.OK, page.done(subscriptions.resubscribe(token), token));
        } catch (SubscriptionLinkException e) {
            return html(HttpStatus.NOT_FOUND, page.invalid(language(lang, locale)));
        }
    }

    private static Language language(String lang, Locale locale) {
        return Language.fromTag(lang).orElseGet(() -> Language.of(locale));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(body);
    }
}
