package roundtable.base.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import roundtable.base.html.PlainErrorPage;
import roundtable.base.i18n.LocaleResolution;
import roundtable.base.ui.LoginView;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** The path the emailed link's page posts to; Spring Security's one-time-token filter answers it. */
    static final String LINK_SIGN_IN_URL = "/login/ott";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInLinkGenerationHandler linkHandler,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers,
            VaadinDefaultRequestCache requestCache,
            RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        pathPattern("/actuator/health"), pathPattern("/actuator/health/**"))
                .permitAll()
                .requestMatchers(pathPattern("/actuator/prometheus"))
                .access((a, ctx) -> new AuthorizationDecision(fromThisServer(ctx.getRequest())))
                .requestMatchers(pathPattern("/actuator"), pathPattern("/actuator/**"))
                .hasRole(Role.ADMIN_NAME)
                .requestMatchers(pathPattern("/styles.css"), pathPattern("/images/**"), pathPattern("/favicon.ico"))
                .permitAll()
                // Agenda attachments: the meetings feature answers "not found" for a closed meeting's files.
                .requestMatchers(pathPattern(HttpMethod.GET, "/meetings/*/attachments/**"))
                .permitAll()
                // iCalendar feeds and downloads: calendar apps cannot sign in; each controller decides what to show.
                .requestMatchers(pathPattern(HttpMethod.GET, "/feeds/**"), pathPattern(HttpMethod.HEAD, "/feeds/**"))
                .permitAll()
                // Published minutes' permalink and PDF: for anyone, without an account or a session.
                .requestMatchers(
                        pathPattern(HttpMethod.GET, "/public/minutes/**"),
                        pathPattern(HttpMethod.HEAD, "/public/minutes/**"))
                .permitAll()
                // One-click unsubscribe (RFC 8058): the signed link is the proof; mail programs send no cookie.
                .requestMatchers(
                        pathPattern(HttpMethod.GET, "/unsubscribe/**"), pathPattern(HttpMethod.POST, "/unsubscribe/**"))
                .permitAll());
        // Vaadin's own CSRF rules would exempt every request to the login view's address, the password
        // form's post included: a page on another site could then sign a visitor's browser into its
        // author's account (login CSRF). Here only Vaadin's internal requests, which carry the UI's own
        // security key, and the one-click unsubscribe go without Spring's token; the login form sends it
        // from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                vaadinRequests::isFrameworkInternalRequest, pathPattern(HttpMethod.POST, "/unsubscribe/**")));
        // A sign-in form without this session's token (posted from elsewhere, or from a page open longer
        // than its session) goes back to the login page, which asks to sign in again. The password is not
        // checked, so the attempt counts nothing against the limits.
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new SignInAgain()));
        // SecurityHeaders writes every security header, on responses this chain never sees the end of.
        http.headers(headers -> headers.disable());
        // Remembering where to return after sign-in takes a session: only for a page a person opened,
        // never for Vaadin's own addresses (/VAADIN without its slash included) or a script's fetch.
        requestCache.ignoreRequests(new OrRequestMatcher(
                pathPattern("/VAADIN"), pathPattern("/VAADIN/**"), request -> !accepts(request, "text/html")));
        http.oneTimeTokenLogin(ott -> ott.loginPage(LoginView.PATH)
                .loginProcessingUrl(LINK_SIGN_IN_URL)
                .showDefaultSubmitPage(false)
                .tokenGenerationSuccessHandler(linkHandler)
                // Links are only made by SignInLinkService, which is rate limited and never
                // reveals whether an address is known; Spring's own endpoint makes none.
                .generateRequestResolver(request -> null)
                .authenticationFailureHandler((request, response, e) ->
                        response.sendRedirect(request.getContextPath() + "/signin/link?invalid")));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(rule -> rule.access(new PageRequestsReachVaadin(controllers::getObject))));
        return http.build();
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(type);
    }

    /**
     * Before everything else, Spring Security included, so that every response carries the
     * headers: error pages and requests the firewall refuses too.
     */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** After the headers, so its "not found" carries them too. */
    @Bean
    FilterRegistrationBean<NoSessionForVaadinPaths> noSessionForVaadinPaths() {
        FilterRegistrationBean<NoSessionForVaadinPaths> registration =
                new FilterRegistrationBean<>(new NoSessionForVaadinPaths());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/VAADIN", "/VAADIN/*");
        return registration;
    }
    /** After the headers, so its icon and its "not found" carry them too; before Spring Security, which may save a request in the session. */
    @Bean
    FilterRegistrationBean<FileAddresses> fileAddresses(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers,
            PlainErrorPage notFound,
            LocaleResolution languages) {
        FilterRegistrationBean<FileAddresses> registration =
                new FilterRegistrationBean<>(new FileAddresses(controllers::getObject, notFound, languages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Both the client and the connection are this server: Tomcat takes X-Forwarded-For from any
     * private-range address, so anyone on the district's network could claim 127.0.0.1.
     */
    private static boolean fromThisServer(HttpServletRequest request) {
        String peer = ConnectionPeer.of(request);
        return loopback().matches(request) && (LOOPBACK_V4.matches(peer) || LOOPBACK_V6.matches(peer));
    }

    private static final IpAddressMatcher LOOPBACK_V4 = new IpAddressMatcher("127.0.0.1");
    private static final IpAddressMatcher LOOPBACK_V6 = new IpAddressMatcher("::1");

    private static RequestMatcher loopback() {
        return new OrRequestMatcher(LOOPBACK_V4, LOOPBACK_V6);
    }

    /**
     * bcrypt for every stored password; "nologin" marks people who sign in only by emailed
     * link, so no password, however guessed, ever matches.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder never = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                throw new IllegalStateException("Link-only accounts have no password to encode");
            }

            // Spend the time of a real check, so a link-only account cannot be told apart by timing. The hash
            // (of "no password for link-only accounts", cost 10) is written here, not made at each start (~70 ms).
            private final String dummy = "$2a$10$b./EtrtxA5OmTIRNYtDKTuay4F5soJaGjXjHbcSka/Pq1dBVwiPaG";

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                new BCryptPasswordEncoder().matches(raw, dummy);
                return false;
            }
        };
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(), "nologin", never));
    }

    @Bean
    RateLimitedPasswordAuthentication passwordAuthentication(
            UserDetailsService users, PasswordEncoder encoder, AttemptLimits limits) {
        return new RateLimitedPasswordAuthentication(users, encoder, limits);
    }

    /**
     * Publishes an event for every failed sign-in, whatever the exception (refused by the
     * rate limit, bad link), so the sign-in log misses none.
     */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        publisher.setAdditionalExceptionMappings(
                Map.of(TooManySignInAttemptsException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /** Tokens live in the database so they survive a restart and work across several instances. */
    @Bean
    OneTimeTokenService oneTimeTokenService(DataSource dataSource, Clock clock) {
        JdbcOneTimeTokenService service = new JdbcOneTimeTokenService(new JdbcTemplate(dataSource));
        service.setClock(clock);
        return service;
    }
}
