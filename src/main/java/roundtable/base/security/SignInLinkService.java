package roundtable.base.security;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;
import roundtable.base.RoundtableProperties;

/**
 * Emails a single-use sign-in link. The answer is the same whether or not the address
 * belongs to anyone, so the form cannot be used to find out who has an account.
 */
@Service
public class SignInLinkService {

    public static final Duration LINK_LIFETIME = Duration.ofMinutes(10);
    static final int LINKS_PER_ADDRESS = 3;
    static final int LINKS_PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    public enum Outcome {
        SENT_IF_KNOWN,
        TRY_LATER
    }

    private static final Logger log = LoggerFactory.getLogger("roundtable.audit.sign-in");

    private final UserDetailsService users;
    private final OneTimeTokenService tokens;
    private final SignInLinkSender sender;
    private final RoundtableProperties properties;
    private final AttemptLimiter perEmail;
    private final AttemptLimiter perClient;

    SignInLinkService(
            UserDetailsService users,
            OneTimeTokenService tokens,
            SignInLinkSender sender,
            RoundtableProperties properties,
            AttemptLimits limits) {
        this.users = users;
        this.tokens = tokens;
        this.sender = sender;
        this.properties = properties;
        this.perEmail = limits.limiter("sign-in-link.email", LINKS_PER_ADDRESS, WINDOW);
        this.perClient = limits.limiter("sign-in-link.client", LINKS_PER_CLIENT, WINDOW);
    }

    @Open(
            reason =
                    "asking for a sign-in link is how a signed-out person signs in; the link goes only to the address on file, the answer never says whether it exists, and attempts are rate-limited")
    public Outcome requestLink(String email, String clientAddress) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!perClient.tryAcquire(clientAddress) || !perEmail.tryAcquire(normalised)) {
            log.warn(
                    "sign-in link refused: too many requests account={} address={}",
                    SignInAudit.clean(normalised),
                    clientAddress);
            return Outcome.TRY_LATER;
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(normalised);
        } catch (UsernameNotFoundException e) {
            log.info(
                    "sign-in link requested for unknown account={} address={}",
                    SignInAudit.clean(normalised),
                    clientAddress);
            return Outcome.SENT_IF_KNOWN;
        }
        if (!user.isEnabled()) {
            return Outcome.SENT_IF_KNOWN;
        }
        OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(user.getUsername(), LINK_LIFETIME));
        sender.send(user.getUsername(), linkFor(token), token.getExpiresAt());
        log.info("sign-in link sent account={} address={}", normalised, clientAddress);
        return Outcome.SENT_IF_KNOWN;
    }

    String linkFor(OneTimeToken token) {
        return UriComponentsBuilder.fromUriString(properties.link("/signin/link"))
                .queryParam("token", token.getTokenValue())
                .build()
                .toUriString();
    }
}
