package roundtable.base.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that stops after 5 failed attempts in 15 minutes, counted both per account
 * (against guessing one person's password) and per address (against trying many accounts).
 */
class RateLimitedPasswordAuthentication implements AuthenticationProvider {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final DaoAuthenticationProvider passwords;
    private final AttemptLimiter perAccount;
    private final AttemptLimiter perAddress;

    RateLimitedPasswordAuthentication(UserDetailsService users, PasswordEncoder encoder, AttemptLimits limits) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.perAccount = limits.limiter("sign-in.account", ALLOWED_FAILURES, WINDOW);
        this.perAddress = limits.limiter("sign-in.address", ALLOWED_FAILURES, WINDOW);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = String.valueOf(authentication.getName());
        String address = remoteAddress(authentication);
        // Each attempt takes its token before the password is checked, so a burst of parallel
        // guesses cannot all slip past a check made before any failure was counted.
        if (!perAddress.tryAcquire(address)) {
            throw new TooManySignInAttemptsException();
        }
        if (!perAccount.tryAcquire(account)) {
            perAddress.refund(address);
            throw new TooManySignInAttemptsException();
        }
        Authentication result = passwords.authenticate(authentication);
        perAccount.forget(account);
        perAddress.refund(address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress())
                : "unknown";
    }
}
