package roundtable.base.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Vaadin takes any address under {@code /VAADIN} that is not one of its files ({@code /VAADIN}
 * itself, without its slash, included) for a page and opens an HTTP session for it, so anyone
 * could make the server keep sessions by asking for made-up addresses. Without a session such an
 * address can mean nothing (the downloads and push channel under it belong to an open page), so
 * it is answered "not found" here, before Vaadin sees it. Its own files are served as before.
 */
final class NoSessionForVaadinPaths implements Filter {

    private static final String PREFIX = "/VAADIN";
    /** Where the pre-compiled bundle and Flow's own client files are on the class path. */
    private static final String[] FILE_ROOTS = {"META-INF/VAADIN/webapp", "META-INF/resources"};

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request
                && res instanceof HttpServletResponse response
                && isVaadinPath(request)
                && request.getSession(false) == null
                && !isFile(path(request))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write("Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean isVaadinPath(HttpServletRequest request) {
        String path = path(request);
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isFile(String path) {
        // Folders resolve on the class path too; every file Vaadin serves has an extension.
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.contains(".") && ClassPathFiles.exists(path, FILE_ROOTS);
    }
}
