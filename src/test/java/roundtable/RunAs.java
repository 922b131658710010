package roundtable;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/** Does one step as another demo person (a chair schedules, a member answers) and comes back. */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T as(UserDetailsService users, String email, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            TestSecurityContextHolder.setContext(previous);
        }
    }
}
