package roundtable;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Does one thing as a demo account (or as nobody, with a null address), then puts back whoever was
 * signed in: tests set the scene as chairs and members, then check as someone else. Goes through
 * the test holder, so browserless tests signed in with {@code @WithUserDetails} get their user back.
 */
public final class RunAs {

    private RunAs() {}

    public static <T> T as(UserDetailsService users, String email, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (email != null) {
            UserDetails user = users.loadUserByUsername(email);
            context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        }
        TestSecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            TestSecurityContextHolder.setContext(before);
        }
    }

    public static void as(UserDetailsService users, String email, Runnable work) {
        as(users, email, () -> {
            work.run();
            return null;
        });
    }
}
