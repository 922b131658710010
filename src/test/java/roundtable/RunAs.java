package roundtable;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Does some work as a demo account (or, with a null address, as nobody signed in), then puts the caller back. */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T as(UserDetailsService users, String email, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (email != null) {
            UserDetails user = users.loadUserByUsername(email);
            context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
