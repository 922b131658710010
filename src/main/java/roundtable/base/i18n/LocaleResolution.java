package roundtable.base.i18n;

import java.time.Duration;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import roundtable.base.security.RoundtableUser;

/**
 * Decides the language of a request: a choice made in this session, then the signed-in
 * person's saved preference, then the visitor's cookie, then the browser's languages.
 */
@Component
public class LocaleResolution {

    public static final String COOKIE = "rt-lang";
    public static final String SESSION_ATTRIBUTE = LocaleResolution.class.getName() + ".chosen";
    static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    public Language resolve(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
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

    /** Remembers a choice for the rest of this session (the cookie is written by the page itself). */
    public void rememberForSession(HttpSession session, Language language) {
        session.setAttribute(SESSION_ATTRIBUTE, language);
    }

    public static String cookieScript(Language language) {
        return "document.cookie='" + COOKIE + "=" + language.tag() + ";path=/;max-age="
                + COOKIE_LIFETIME.toSeconds() + ";samesite=lax'";
    }
}
