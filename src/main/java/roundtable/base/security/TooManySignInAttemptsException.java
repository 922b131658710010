package roundtable.base.security;

import org.springframework.security.core.AuthenticationException;

/** Refuses a sign-in before the password is even checked, so guessing gains nothing. */
public class TooManySignInAttemptsException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    public TooManySignInAttemptsException() {
        super("Too many failed sign-in attempts; try again later");
    }
}
