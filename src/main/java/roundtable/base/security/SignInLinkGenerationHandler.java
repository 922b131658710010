package roundtable.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Required by Spring Security's one-time-token login, but never reached: its generating
 * endpoint is switched off (see SecurityConfiguration). Should it ever be reached, the
 * visitor lands on the real, rate-limited request page.
 */
@Component
class SignInLinkGenerationHandler implements OneTimeTokenGenerationSuccessHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login/link");
    }
}
