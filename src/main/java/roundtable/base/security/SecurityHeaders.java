package roundtable.base.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts the security headers on every response before anything answers it: Vaadin's pages and
 * UIDL (which Spring Security's own header writers miss, because Vaadin answers through a
 * forward that commits the response past them), static files, error pages, feeds and downloads.
 * <p>
 * Written first, so they are there whoever commits the response. A handler that sets its own
 * policy, cache rule or referrer rule (the permalink, the unsubscribe page, attachments, cacheable
 * feeds and static files) replaces the default rather than adding a second header; the others
 * (nosniff, frame and permissions rules) are the same for every response and cannot be undone.
 * See docs/decisions/0021-csp-and-security-headers.md.
 */
final class SecurityHeaders implements Filter {

    /**
     * What Vaadin Flow needs and nothing more: its bootstrap is an inline script and it runs the
     * expressions the server sends as functions ('unsafe-inline' 'unsafe-eval'), its components
     * style themselves inline; everything else comes from this origin, and no one may frame a page.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Personal links carry their token in the address; no page ever tells another site where it came from. */
    static final String REFERRER_POLICY = "no-referrer";

    /** Roundtable uses none of these; an injected script or a framed page may not ask for them either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()";

    /** Nothing is kept unless its handler says it may be (static files, public feeds, the permalink). */
    static final String CACHE_CONTROL = "no-store";

    /** Browsers that ignore HTTPS for a year after one secure visit; only sent over HTTPS. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    /** Defaults a handler may replace with its own (stricter policy, or caching it chose). */
    private static final Map<String, String> REPLACEABLE = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", REFERRER_POLICY,
            "Cache-Control", CACHE_CONTROL);

    /** The same for every response. */
    private static final Map<String, String> FIXED = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", PERMISSIONS_POLICY);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        HeaderGuard guarded = response instanceof HeaderGuard already
                ? already
                : new HeaderGuard(response, request.isSecure(), isReadOnly(request.getMethod()));
        guarded.writeDefaults();
        chain.doFilter(request, guarded);
    }

    /**
     * Every header this filter writes, where the response has none yet: for answers written where no
     * filter runs, such as what Tomcat refuses before the app sees it (PlainErrorReports).
     */
    static void writeMissing(HttpServletResponse response, boolean secure) {
        REPLACEABLE.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
        FIXED.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
        if (secure && !response.containsHeader("Strict-Transport-Security")) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }

    private static boolean isReadOnly(String method) {
        return "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
    }

    /** Turns a handler's own replaceable header into a replacement, and keeps the fixed ones fixed. */
    static final class HeaderGuard extends HttpServletResponseWrapper {

        private final boolean secure;
        /**
         * Answers to anything but GET and HEAD (Vaadin's UIDL, forms) are never kept, whatever the
         * handler says: Vaadin marks its UIDL answers only "no-cache", and they hold a person's data.
         */
        private final boolean cacheable;

        private final Set<String> setByHandler = new HashSet<>();

        HeaderGuard(HttpServletResponse response, boolean secure, boolean cacheable) {
            super(response);
            this.secure = secure;
            this.cacheable = cacheable;
        }

        void writeDefaults() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            writeMissing(response, secure);
            FIXED.forEach(response::setHeader);
        }

        @Override
        public void setHeader(String name, String value) {
            if (isFixed(name)) {
                return;
            }
            markReplaceable(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isFixed(name)) {
                return;
            }
            if (isReplaceable(name) && setByHandler.add(key(name))) {
                super.setHeader(name, value);
                return;
            }
            super.addHeader(name, value);
        }

        @Override
        public void reset() {
            super.reset();
            setByHandler.clear();
            writeDefaults();
        }

        private void markReplaceable(String name) {
            if (isReplaceable(name)) {
                setByHandler.add(key(name));
            }
        }

        private boolean isFixed(String name) {
            return name != null
                    && (FIXED.keySet().stream().anyMatch(name::equalsIgnoreCase)
                            || !cacheable && "Cache-Control".equalsIgnoreCase(name));
        }

        private static boolean isReplaceable(String name) {
            return name != null && REPLACEABLE.keySet().stream().anyMatch(name::equalsIgnoreCase);
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
