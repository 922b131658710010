package roundtable.base.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import roundtable.base.html.PlainErrorPage;
import roundtable.base.i18n.LocaleResolution;

/**
 * Addresses of files, answered without a session. Browsers ask for {@code /favicon.ico} whatever
 * the page names (and for every PDF or feed they show): it is the app's icon, kept a day. Any other
 * file address that is neither a file the app serves nor a controller's (feeds, the permalink's
 * PDF, attachments) would reach Vaadin, which takes it for a page and opens a session for its
 * "not found": scanners' and old bookmarks' guesses are answered "not found" here instead, with the
 * plain error page. Someone signed in (who has a session already) still gets Vaadin's own page.
 */
final class FileAddresses implements Filter {

    static final String FAVICON = "/favicon.ico";
    static final String FAVICON_CACHE = "public, max-age=86400";

    /** A last segment that ends like a file name (personal links' tokens end in a 43-character signature). */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.[A-Za-z0-9]{1,12}");
    /** Where Spring Boot and Vaadin serve files from on the class path. */
    private static final String[] FILE_ROOTS = {
        "META-INF/resources", "resources", "static", "public", "META-INF/VAADIN/webapp"
    };

    private final byte[] favicon = read("META-INF/resources" + FAVICON);
    private final Supplier<HandlerMapping> controllers;
    private final PlainErrorPage notFound;
    private final LocaleResolution languages;

    FileAddresses(Supplier<HandlerMapping> controllers, PlainErrorPage notFound, LocaleResolution languages) {
        this.controllers = controllers;
        this.notFound = notFound;
        this.languages = languages;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request)
                || !(res instanceof HttpServletResponse response)
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(req, res);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (FAVICON.equals(path)) {
            response.setContentType("image/x-icon");
            response.setHeader("Cache-Control", FAVICON_CACHE);
            response.setContentLength(favicon.length);
            if ("GET".equals(request.getMethod())) {
                response.getOutputStream().write(favicon);
            }
            return;
        }
        if (request.getSession(false) == null
                && looksLikeAFile(path)
                && !ClassPathFiles.exists(path, FILE_ROOTS)
                && !answeredByController(request)) {
            byte[] page = notFound.render(HttpServletResponse.SC_NOT_FOUND, languages.resolve(request))
                    .getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Security-Policy", PlainErrorPage.POLICY);
            response.setContentLength(page.length);
            if ("GET".equals(request.getMethod())) {
                response.getOutputStream().write(page);
            }
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean looksLikeAFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return FILE_NAME.matcher(name).matches() && !path.startsWith("/VAADIN/");
    }

    /** Spring MVC's mappings want the parsed path that DispatcherServlet would have made; it is made and dropped here. */
    private boolean answeredByController(HttpServletRequest request) {
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (!parsed) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            return controllers.get().getHandler(request) != null;
        } catch (Exception e) {
            // When in doubt, let the request through as before.
            return true;
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = FileAddresses.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
