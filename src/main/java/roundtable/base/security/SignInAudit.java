package roundtable.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every sign-in, successful or not, leaves a line an administrator can follow. */
@Component
class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger("roundtable.audit.sign-in");

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        log.info(
                "sign-in succeeded account={} method={} address={}",
                clean(auth.getName()),
                method(auth),
                address(auth));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        log.warn(
                "sign-in failed account={} method={} address={} reason={}",
                clean(auth.getName()),
                method(auth),
                address(auth),
                event.getException().getClass().getSimpleName());
    }

    private static String method(Authentication auth) {
        return auth instanceof UsernamePasswordAuthenticationToken ? "password" : "link";
    }

    /** A typed username can hold line breaks; a log line must not be forgeable from it. */
    static String clean(String value) {
        String text = value == null ? "" : value.replaceAll("\\p{Cntrl}", "?");
        return text.length() > 320 ? text.substring(0, 320) + "…" : text;
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "-";
    }
}
