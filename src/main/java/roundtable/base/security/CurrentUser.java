package roundtable.base.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, for services that decide by person rather than by role. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<RoundtableUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof RoundtableUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static Optional<Long> personId() {
        return get().map(RoundtableUser::personId);
    }

    public static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
