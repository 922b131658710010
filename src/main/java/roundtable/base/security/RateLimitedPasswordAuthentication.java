package roundtable.base.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that stops after 5 failures in 15 minutes, counted both per account
 * (against guessing one person's password) and per address (against trying many accounts).
 */
class RateLimitedPasswordAuthentication implements AuthenticationProvider {

    static final int ALLOWED_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final DaoAuthenticationProvider passwords;
    private final AttemptLimiter perAccount;
    private final AttemptLimiter perAddress;

    RateLimitedPasswordAuthentication(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.perAccount = new AttemptLimiter(ALLOWED_FAILURES, WINDOW, clock);
        this.perAddress = new AttemptLimiter(ALLOWED_FAILURES, WINDOW, clock);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = String.valueOf(authentication.getName());
        String address = remoteAddress(authentication);
        if (perAccount.isExhausted(account) || perAddress.isExhausted(address)) {
            throw new TooManySignInAttemptsException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            perAccount.forget(account);
            return result;
        } catch (BadCredentialsException e) {
            perAccount.tryAcquire(account);
            perAddress.tryAcquire(address);
            throw e;
        }
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
