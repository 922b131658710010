package roundtable.base.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import roundtable.base.security.RoundtableUser;

/**
 * Decides the language of a request. A page opened from a personal link speaks its recipient's
 * language, unless the language button was pressed on that very page; any other page takes the
 * address's own {@code ?lang=xx} (a flyer links to a page in its reader's language), then a
 * choice made in this session, then the signed-in person's saved preference, then the visitor's
 * cookie, then the browser's languages.
 */
@Component
public class LocaleResolution {

    public static final String COOKIE = "rt-lang";
    public static final String SESSION_ATTRIBUTE = LocaleResolution.class.getName() + ".chosen";
    /** The page (route path) on which the language button was last pressed in this session. */
    public static final String CHOSEN_ON_ATTRIBUTE = LocaleResolution.class.getName() + ".chosen-on";

    static final Duration COOKIE_LIFETIME = Duration.ofDays(365);
    /** A request asks once, however many times its language is wanted (page, then UI). */
    private static final String RECIPIENT_ATTRIBUTE = LocaleResolution.class.getName() + ".recipient";

    private static final Logger log = LoggerFactory.getLogger(LocaleResolution.class);

    private final List<PersonalLinkLanguage> personalLinks;

    public LocaleResolution(List<PersonalLinkLanguage> personalLinks) {
        this.personalLinks = List.copyOf(personalLinks);
    }

    public Language resolve(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Optional<Language> personal = personalLinkLanguage(
                routePath(request),
                cachedRecipientLanguage(request),
                session == null ? name -> null : session::getAttribute);
        if (personal.isPresent()) {
            return personal.get();
        }
        Optional<Language> asked = addressLanguage(request);
        if (asked.isPresent()) {
            return asked.get();
        }
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Language chosen) {
            return chosen;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RoundtableUser user) {
            return user.language();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    var fromCookie = Language.fromTag(cookie.getValue());
                    if (fromCookie.isPresent()) {
                        return fromCookie.get();
                    }
                }
            }
        }
        var accepted = request.getLocales();
        while (accepted != null && accepted.hasMoreElements()) {
            Locale locale = accepted.nextElement();
            var match = Language.fromTag(locale.toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Language.fallback();
    }

    /**
     * The language of a page opened from a personal link: its recipient's, unless the language
     * button was pressed on this very page in this session. Empty for any other page.
     * {@code sessionAttribute} reads this session's attributes.
     */
    public Optional<Language> personalLinkLanguage(String routePath, Function<String, Object> sessionAttribute) {
        return personalLinkLanguage(strip(routePath), recipientLanguage(strip(routePath)), sessionAttribute);
    }

    private static Optional<Language> personalLinkLanguage(
            String routePath, Optional<Language> recipient, Function<String, Object> sessionAttribute) {
        return recipient.map(theirs -> sessionAttribute.apply(SESSION_ATTRIBUTE) instanceof Language chosen
                        && routePath.equals(sessionAttribute.apply(CHOSEN_ON_ATTRIBUTE))
                ? chosen
                : theirs);
    }

    public static String cookieScript(Language language) {
        return "document.cookie='" + COOKIE + "=" + language.tag() + ";path=/;max-age=" + COOKIE_LIFETIME.toSeconds()
                + ";samesite=lax'";
    }

    private Optional<Language> cachedRecipientLanguage(HttpServletRequest request) {
        if (request.getAttribute(RECIPIENT_ATTRIBUTE) instanceof Optional<?> known) {
            return known.map(Language.class::cast);
        }
        Optional<Language> found = recipientLanguage(routePath(request));
        request.setAttribute(RECIPIENT_ATTRIBUTE, found);
        return found;
    }

    /** The language of whom the personal link at this path was sent to; empty for any other path. */
    private Optional<Language> recipientLanguage(String path) {
        for (PersonalLinkLanguage links : personalLinks) {
            try {
                Optional<Language> found = links.recipientLanguage(path);
                if (found.isPresent()) {
                    return found;
                }
            } catch (RuntimeException linkDoesNotStand) {
                // The page itself will say what is wrong with the link; its language falls back as for any page.
                log.debug("No recipient's language for {}: {}", path, linkDoesNotStand.toString());
            }
        }
        return Optional.empty();
    }

    /**
     * The language the address itself asks for with {@code ?lang=xx}: on the page's own request, or,
     * for Vaadin's request that starts the page's UI, in the location it names. Empty when absent or
     * not one of the site's languages.
     */
    public static Optional<Language> addressLanguage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        if ("init".equals(request.getParameter("v-r"))) {
            // Vaadin's client sends the page's query on its own, or (older clients) within the location.
            query = request.getParameter("query") != null
                    ? request.getParameter("query")
                    : queryOf(request.getParameter("location"));
        }
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return Language.fromTag(pair.substring("lang=".length()));
            }
        }
        return Optional.empty();
    }

    private static String queryOf(String location) {
        if (location == null || location.indexOf('?') < 0) {
            return null;
        }
        return location.substring(location.indexOf('?') + 1).replaceFirst("#.*$", "");
    }

    /**
     * The route the request is for: its own path, or, for Vaadin's request that starts a page's UI,
     * the location it names.
     */
    static String routePath(HttpServletRequest request) {
        // Only a GET is read for parameters: reading a form post's would consume its body.
        String location = "GET".equals(request.getMethod()) && "init".equals(request.getParameter("v-r"))
                ? request.getParameter("location")
                : null;
        if (location != null) {
            return strip(location.replaceFirst("[?#].*$", ""));
        }
        String uri = request.getRequestURI();
        return strip(
                uri == null
                        ? ""
                        : uri.substring(Math.min(request.getContextPath().length(), uri.length())));
    }

    private static String strip(String path) {
        return path == null ? "" : path.replaceFirst("^/+", "");
    }
}
