package roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import roundtable.IntegrationTest;
import roundtable.base.security.ConnectionPeer;
import roundtable.security.AccessDecisions.Audience;
import roundtable.security.AccessDecisions.Endpoint;
import roundtable.security.AccessDecisions.Person;

/**
 * The access scan, HTTP: every Spring MVC endpoint (controllers and actuator) has a decision in
 * {@link AccessDecisions}, and each answers its audience and refuses everyone else, through the
 * real security filter chain, as each demo account and as a visitor.
 */
@IntegrationTest
class EndpointAccessScanTest {

    /** Where a request from elsewhere than the server itself comes from. */
    private static final String REMOTE = "203.0.113.7";
    /** A machine on the district's own network, which Tomcat trusts to say whom it forwards for. */
    private static final String DISTRICT_NETWORK = "10.20.30.40";
    /**
     * Where the scan's wrong passwords come from: failed sign-ins are limited per address, and other
     * tests in this context sign in from the loopback address.
     */
    private static final String PASSWORD_GUESSER = "198.51.100.7";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        DemoIds.prepare(context);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void everyEndpointHasAnAccessDecisionAndEveryDecisionAnEndpoint() {
        Set<String> endpoints = context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .flatMap(EndpointAccessScanTest::names)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> decided = AccessDecisions.ENDPOINTS.stream()
                .map(e -> e.method() + " " + e.pattern())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(endpoints)
                .as("add an access decision to AccessDecisions.ENDPOINTS for")
                .isSubsetOf(decided);
        assertThat(decided)
                .as("AccessDecisions.ENDPOINTS names endpoints the app no longer has")
                .isSubsetOf(endpoints);
    }

    @Test
    void everyEndpointAnswersItsAudienceAndRefusesEveryoneElse() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : Stream.concat(
                        AccessDecisions.ENDPOINTS.stream(), AccessDecisions.FILTER_CHAIN_ENDPOINTS.stream())
                .toList()) {
            for (Person who : Person.values()) {
                boolean allowed = endpoint.audience().allowed.contains(who);
                MockHttpServletResponse answer =
                        call(endpoint, who, endpoint.pattern().equals("/login") ? PASSWORD_GUESSER : null);
                if (allowed ? answer.getStatus() != endpoint.allowedStatus() : !refused(answer, endpoint)) {
                    wrong.add(describe(endpoint, who, allowed, answer, "from the server itself"));
                }
                if (endpoint.audience() == Audience.LOOPBACK) {
                    MockHttpServletResponse remote = call(endpoint, who, REMOTE);
                    if (!refused(remote, endpoint)) {
                        wrong.add(describe(endpoint, who, false, remote, "from " + REMOTE));
                    }
                    // Tomcat believes X-Forwarded-For from any private-range address: "127.0.0.1" claimed
                    // that way (the client address rewritten, the connection from elsewhere) is no proof.
                    MockHttpServletResponse claimed = call(endpoint, who, null, true);
                    if (!refused(claimed, endpoint)) {
                        wrong.add(describe(endpoint, who, false, claimed, "claiming loopback by X-Forwarded-For"));
                    }
                }
            }
        }
        assertThat(wrong)
                .as("endpoints that did not answer as AccessDecisions says")
                .isEmpty();
    }

    private MockHttpServletResponse call(Endpoint endpoint, Person who, String remoteAddress) throws Exception {
        return call(endpoint, who, remoteAddress, false);
    }

    private MockHttpServletResponse call(Endpoint endpoint, Person who, String remoteAddress, boolean forwarded)
            throws Exception {
        HttpMethod method = endpoint.method().equals("*") ? HttpMethod.GET : HttpMethod.valueOf(endpoint.method());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                        method, DemoIds.fill(context, endpoint.sample()))
                .with(who == Person.ANONYMOUS ? anonymous() : user(users.loadUserByUsername(who.email)));
        if (method == HttpMethod.POST) {
            request.with(csrf());
        }
        if (forwarded) {
            request.requestAttr(ConnectionPeer.ATTRIBUTE, DISTRICT_NETWORK);
        }
        if (remoteAddress != null) {
            request.with(r -> {
                r.setRemoteAddr(remoteAddress);
                return r;
            });
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * Refused: told to sign in (401, or sent to the sign-in page), forbidden, or, for what only its
     * audience may know exists, "not found".
     */
    private static boolean refused(MockHttpServletResponse answer, Endpoint endpoint) {
        int status = answer.getStatus();
        String location = answer.getRedirectedUrl();
        return status == 401
                || status == 403
                || (status == 302 && location != null && location.endsWith("/login"))
                || (status == 404 && endpoint.allowedStatus() != 404);
    }

    private static String describe(
            Endpoint endpoint, Person who, boolean allowed, MockHttpServletResponse answer, String from) {
        return endpoint.method() + " " + endpoint.sample() + " as " + who + " " + from + ": expected "
                + (allowed ? String.valueOf(endpoint.allowedStatus()) : "a refusal") + ", got " + answer.getStatus()
                + (answer.getRedirectedUrl() == null ? "" : " to " + answer.getRedirectedUrl());
    }

    /** "GET /feeds/meetings.ics" for each method and pattern a mapping answers; "*" where it takes any method. */
    private static Stream<String> names(RequestMappingInfo info) {
        Set<String> methods =
                info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
        return info.getPatternValues().stream()
                .flatMap(pattern -> methods.isEmpty()
                        ? Stream.of("* " + pattern)
                        : methods.stream().map(method -> method + " " + pattern));
    }
}
