package roundtable.base.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import roundtable.base.ui.LoginView;

/**
 * Answers a password form posted without this session's CSRF token: back to the login page, which
 * says to sign in again. Every other refusal is Spring's plain 403 as before.
 */
final class SignInAgain implements AccessDeniedHandler {

    private static final RequestMatcher PASSWORD_FORM = pathPattern(HttpMethod.POST, LoginView.PATH);

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && PASSWORD_FORM.matches(request)) {
            response.sendRedirect(request.getContextPath() + LoginView.PATH + "?" + LoginView.SIGN_IN_AGAIN);
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
