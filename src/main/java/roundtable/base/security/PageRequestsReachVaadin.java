package roundtable.base.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Lets a browser's page request through to Vaadin, whose navigation access control then
 * decides per view: sign in for a protected page, a translated 404 for an unknown address.
 * Everything else that no rule names (any other method, any non-page request) still needs
 * a signed-in user, so a new endpoint is closed until it is given its own rule.
 */
class PageRequestsReachVaadin implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthorizationManager<RequestAuthorizationContext> authenticated =
            AuthenticatedAuthorizationManager.authenticated();
    private final Supplier<HandlerMapping> controllers;

    /** @param controllers Spring MVC's controller mappings: a path one of them answers is not a Vaadin page */
    PageRequestsReachVaadin(Supplier<HandlerMapping> controllers) {
        this.controllers = controllers;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        if ("GET".equals(request.getMethod()) && isPageRequest(request)) {
            return new AuthorizationDecision(true);
        }
        return authenticated.authorize(authentication, context);
    }

    private boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String last = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        return accept != null && accept.contains("text/html") && !last.contains(".") && !answeredByController(request);
    }

    private boolean answeredByController(HttpServletRequest request) {
        try {
            return controllers.get().getHandler(request) != null;
        } catch (Exception e) {
            return true;
        }
    }
}
