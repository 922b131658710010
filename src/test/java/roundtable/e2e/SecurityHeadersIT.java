package roundtable.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import roundtable.TestMailServer;

/**
 * The security headers, over real HTTP, on every Vaadin route and every controller endpoint,
 * anonymously and signed in, and on what Vaadin answers by itself (UIDL, its files, /VAADIN),
 * error pages and the session cookie. No browser: the same running app as the journeys
 * (same context, so it starts nothing new). See docs/decisions/0021-csp-and-security-headers.md.
 */
@DisabledIfSystemProperty(
        named = "roundtable.it.execution",
        matches = "servers",
        disabledReason = "runs in the journeys execution, beside the app the journeys start")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:roundtable-e2e;DB_CLOSE_DELAY=-1",
            "roundtable.mail.poll-interval=PT0.2S",
            "roundtable.storage.attachments-dir=target/e2e-attachments-${roundtable.test.fork:1}"
        })
@Import(TestMailServer.class)
class SecurityHeadersIT {

    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    /** Paths that carry a personal token: their address must never reach another site. */
    private static final Pattern PERSONAL = Pattern.compile("signin|login/link|rsvp|unsubscribe|subscriptions/confirm"
            + "|availability|find-a-time/poll|feeds/private");

    private static final Pattern PARAMETER = Pattern.compile(":([\\w]+)(\\([^)]*\\))?([?*])?");

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllers;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** One administrator's session for the whole class: the administrator may open every page. */
    private static String signedIn;

    @BeforeEach
    void signIn() throws Exception {
        if (signedIn == null) {
            signedIn = signInAs("admin@example.org");
        }
    }

    @Test
    void everyVaadinRouteCarriesTheHeadersAndSignedInPagesAreNeverStored() throws Exception {
        List<String> routes = vaadinRoutes();
        assertThat(routes).as("Vaadin routes found").hasSizeGreaterThan(20).contains("/", "/login", "/admin/outbox");
        SoftAssertions softly = new SoftAssertions();
        for (String path : routes) {
            HttpResponse<String> anonymous = get(path, HTML, null);
            securityHeaders(softly, "anonymous " + path, anonymous);
            HttpResponse<String> admin = get(path, HTML, signedIn);
            securityHeaders(softly, "signed-in " + path, admin);
            softly.assertThat(header(admin, "Cache-Control"))
                    .as("Cache-Control of signed-in " + path)
                    .contains("no-store");
            softly.assertThat(admin.headers().allValues("Set-Cookie"))
                    .as("a signed-in page keeps its session " + path)
                    .isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void everyControllerEndpointCarriesTheHeadersAndAnonymousReadsMakeNoSession() throws Exception {
        List<String> endpoints = controllerEndpoints();
        assertThat(endpoints)
                .as("controller endpoints found")
                .contains("/feeds/minutes.atom", "/unsubscribe/not-a-token");
        endpoints.addAll(List.of(
                "/actuator/health",
                "/actuator/health/liveness",
                publishedMinutes(),
                publishedMinutes() + ".pdf",
                "/feeds/meetings.ics",
                "/feeds/committees/dac.ics"));
        SoftAssertions softly = new SoftAssertions();
        for (String path : endpoints) {
            HttpResponse<String> anonymous = get(path, "*/*", null);
            securityHeaders(softly, "anonymous " + path, anonymous);
            softly.assertThat(anonymous.headers().allValues("Set-Cookie"))
                    .as("session made by anonymous GET " + path)
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
            securityHeaders(softly, "signed-in " + path, get(path, "*/*", signedIn));
        }
        // The one-click unsubscribe posts without a cookie (RFC 8058); a made-up link is refused, with the headers.
        HttpResponse<String> post = send(
                HttpRequest.newBuilder(uri("/unsubscribe/not-a-token"))
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")),
                null);
        securityHeaders(softly, "POST /unsubscribe", post);
        softly.assertThat(header(post, "Cache-Control")).contains("no-store");
        softly.assertAll();
    }

    @Test
    void thePermalinkKeepsItsStricterPolicyAndItsCaching() throws Exception {
        String permalink = publishedMinutes();
        HttpResponse<String> page = get(permalink, HTML, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertSoftly(softly -> {
            securityHeaders(softly, permalink, page);
            softly.assertThat(header(page, "Content-Security-Policy"))
                    .startsWith("default-src 'none'")
                    .doesNotContain("script-src");
            softly.assertThat(header(page, "Cache-Control"))
                    .contains("public")
                    .contains("max-age")
                    .doesNotContain("no-store");
            softly.assertThat(header(page, "ETag")).isNotBlank();
        });
        HttpResponse<String> again =
                send(HttpRequest.newBuilder(uri(permalink)).header("If-None-Match", header(page, "ETag")), null);
        assertThat(again.statusCode()).isEqualTo(304);
        assertSoftly(softly -> securityHeaders(softly, permalink + " 304", again));
    }

    @Test
    void vaadinsOwnAnswersCarryTheHeadersAndItsAddressesMakeNoSession() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        // The bundle's files and the style sheet may be kept; they make no session.
        String index = get("/", HTML, null).body();
        Matcher script = Pattern.compile("VAADIN/build/[\\w.-]+\\.js").matcher(index);
        assertThat(script.find()).as("the page names its bundle").isTrue();
        for (String file : List.of("/" + script.group(), "/styles.css")) {
            HttpResponse<String> response = get(file, "*/*", null);
            softly.assertThat(response.statusCode()).as(file).isEqualTo(200);
            securityHeaders(softly, file, response);
            softly.assertThat(header(response, "Cache-Control"))
                    .as(file)
                    .contains("max-age")
                    .doesNotContain("no-store");
            softly.assertThat(response.headers().allValues("Set-Cookie"))
                    .as("session made by " + file)
                    .isEmpty();
        }
        // Vaadin's quirk: any other address under /VAADIN, the bare one included, would open a session.
        for (String path : List.of(
                "/VAADIN", "/VAADIN/", "/VAADIN/build/missing.js", "/VAADIN/dynamic/resource/0/x/y", "/VAADIN/push")) {
            for (String accept : List.of(HTML, "*/*")) {
                HttpResponse<String> response = get(path, accept, null);
                securityHeaders(softly, path, response);
                softly.assertThat(response.headers().allValues("Set-Cookie"))
                        .as("session made by " + path + " " + accept)
                        .isEmpty();
            }
        }
        // The UIDL handshake and a round trip of a signed-in page: nothing of it may be stored.
        HttpResponse<String> init = get("/?v-r=init&location=admin%2Foutbox", "*/*", signedIn);
        securityHeaders(softly, "UIDL init", init);
        softly.assertThat(header(init, "Cache-Control")).as("UIDL init").contains("no-store");
        String key = find(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"").orElseThrow();
        String ui = find(init.body(), "\"v-uiId\":(\\d+)").orElseThrow();
        HttpResponse<String> uidl = send(
                HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")),
                signedIn);
        softly.assertThat(uidl.statusCode()).as("UIDL").isEqualTo(200);
        securityHeaders(softly, "UIDL", uidl);
        softly.assertThat(header(uidl, "Cache-Control")).as("UIDL").contains("no-store");
        softly.assertAll();
    }

    @Test
    void errorsAndRefusalsCarryTheHeadersToo() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        HttpResponse<String> unknownPage = get("/no-such-page", HTML, null);
        securityHeaders(softly, "unknown page", unknownPage);
        HttpResponse<String> unknownFeed = get("/feeds/committees/no-such-body/minutes.atom", "*/*", null);
        softly.assertThat(unknownFeed.statusCode()).isEqualTo(404);
        securityHeaders(softly, "unknown feed", unknownFeed);
        // Spring Security's firewall refuses a semicolon in the path before anything answers; its error has the
        // headers.
        HttpResponse<String> rejected = get("/feeds/minutes.atom;x=1", "*/*", null);
        softly.assertThat(rejected.statusCode()).as("refused by the firewall").isNotEqualTo(200);
        securityHeaders(softly, "refused request", rejected);
        HttpResponse<String> protectedFromAnonymous = get("/actuator/info", "*/*", null);
        securityHeaders(softly, "refused anonymous", protectedFromAnonymous);
        HttpResponse<String> notAllowed =
                send(HttpRequest.newBuilder(uri("/feeds/minutes.atom")).DELETE(), signedIn);
        securityHeaders(softly, "DELETE of a feed", notAllowed);
        softly.assertAll();
    }

    /**
     * Addresses Tomcat refuses before any filter of the app runs (an encoded slash, a broken escape, a
     * request line longer than the header limit) still get the headers, and the plain page instead of
     * Tomcat's own, which names the server.
     */
    @Test
    void whatTomcatRefusesBeforeTheAppGetsTheHeadersAndThePlainPage() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/rsvp/confirm/..%2F..%2Fadmin", "/meetings/%zz", "/%", "/" + "a".repeat(10_000))) {
            String what = "refused by Tomcat " + path.substring(0, Math.min(40, path.length()));
            RawResponse response = raw(path, "en");
            softly.assertThat(response.status()).as(what).isEqualTo(400);
            securityHeaders(softly, what, "/", response.headers());
            plainPage(softly, what, response.body(), "lang=\"en\"");
        }
        RawResponse spanish = raw("/meetings/%zz", "es-MX,es;q=0.9");
        plainPage(softly, "refused in Spanish", spanish.body(), "lang=\"es\"");
        softly.assertAll();
    }

    @Test
    void aSignedInMemberRefusedTheOperationsAddressesGetsThePlainPage() throws Exception {
        String member = signInAs("dac.secretary@example.org");
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/actuator/info", "/actuator", "/actuator/metrics")) {
            HttpResponse<String> refused = get(path, HTML, member);
            softly.assertThat(refused.statusCode()).as(path).isEqualTo(403);
            securityHeaders(softly, "refused " + path, refused);
            plainPage(softly, "refused " + path, refused.body(), "<h1");
        }
        softly.assertAll();
    }

    /** Browsers ask for /favicon.ico whatever the page says; it is the app's icon, kept a day, and opens no session. */
    @Test
    void theFaviconIsTheAppsIconKeptADayWithoutASession() throws Exception {
        HttpResponse<byte[]> icon = http.send(
                HttpRequest.newBuilder(uri("/favicon.ico"))
                        .header("Accept", "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(header(icon, "Content-Type")).containsAnyOf("image/x-icon", "image/vnd.microsoft.icon");
        assertThat(icon.body()).as("an ICO file").startsWith(0, 0, 1, 0);
        assertThat(header(icon, "Cache-Control")).contains("max-age=86400").doesNotContain("no-store");
        assertThat(icon.headers().allValues("Set-Cookie"))
                .as("session made by the favicon")
                .isEmpty();
        assertSoftly(softly -> securityHeaders(softly, "/favicon.ico", "/favicon.ico", icon.headers()));
    }

    /** A made-up file address (a scanner's, an old bookmark's) is "not found" without a session being made for it. */
    @Test
    void unknownFileAddressesAreNotFoundWithoutASession() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of(
                "/apple-touch-icon.png",
                "/robots.txt",
                "/no-such-script.js",
                "/wp-login.php",
                "/images/missing.png",
                "/committees/no-such.css")) {
            for (String accept : List.of(HTML, "*/*")) {
                HttpResponse<String> response = get(path, accept, null);
                softly.assertThat(response.statusCode()).as(path + " " + accept).isEqualTo(404);
                securityHeaders(softly, path, response);
                softly.assertThat(response.headers().allValues("Set-Cookie"))
                        .as("session made by " + path + " " + accept)
                        .isEmpty();
            }
        }
        softly.assertAll();
    }

    /** Login CSRF over real HTTP: another site's form post, no cookie and no token, signs nobody in. */
    @Test
    void aSignInPostedFromAnotherSiteSignsNobodyIn() throws Exception {
        String body = "username=" + URLEncoder.encode("dac.chair@example.org", StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(BrowserTest.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> forged = send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                null);
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(header(forged, "Location")).endsWith("/login?expired");
        String cookie = forged.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse(null);
        if (cookie != null) {
            String session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
            assertThat(get("/my/profile", HTML, session).body())
                    .as("the forged post's session is nobody's")
                    .doesNotContain("dac.chair@example.org");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureBehindHttps() throws Exception {
        String plain = sessionCookie(get("/login", HTML, null));
        assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        // TLS ends at the proxy, which says so (server.forward-headers-strategy=native trusts a local proxy).
        HttpResponse<String> viaProxy = send(
                HttpRequest.newBuilder(uri("/login")).header("Accept", HTML).header("X-Forwarded-Proto", "https"),
                null);
        assertThat(sessionCookie(viaProxy))
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Secure");
        assertThat(header(viaProxy, "Strict-Transport-Security")).startsWith("max-age=");
        assertThat(get("/login", HTML, null).headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isEmpty();
    }

    private static void securityHeaders(SoftAssertions softly, String what, HttpResponse<String> response) {
        String path = response.uri().getRawPath();
        softly.assertThat(response.headers().allValues("Content-Security-Policy"))
                .as("one CSP on " + what)
                .hasSize(1);
        softly.assertThat(header(response, "Content-Security-Policy"))
                .as("CSP on " + what)
                .contains("frame-ancestors 'none'")
                .containsPattern("default-src '(self|none)'");
        softly.assertThat(header(response, "X-Content-Type-Options"))
                .as("nosniff on " + what)
                .isEqualTo("nosniff");
        softly.assertThat(header(response, "X-Frame-Options"))
                .as("X-Frame-Options on " + what)
                .isEqualTo("DENY");
        softly.assertThat(header(response, "Referrer-Policy"))
                .as("Referrer-Policy on " + what)
                .isIn("no-referrer", "strict-origin-when-cross-origin", "same-origin");
        if (PERSONAL.matcher(path).find()) {
            softly.assertThat(header(response, "Referrer-Policy"))
                    .as("Referrer-Policy on personal " + what)
                    .isEqualTo("no-referrer");
        }
        softly.assertThat(header(response, "Permissions-Policy"))
                .as("Permissions-Policy on " + what)
                .contains("camera=()");
    }

    private static void securityHeaders(SoftAssertions softly, String what, String path, HttpHeaders headers) {
        softly.assertThat(headers.allValues("Content-Security-Policy"))
                .as("one CSP on " + what)
                .hasSize(1);
        softly.assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                .as("CSP on " + what)
                .contains("frame-ancestors 'none'")
                .containsPattern("default-src '(self|none)'");
        softly.assertThat(headers.firstValue("X-Content-Type-Options").orElse(""))
                .as("nosniff on " + what)
                .isEqualTo("nosniff");
        softly.assertThat(headers.firstValue("X-Frame-Options").orElse(""))
                .as("X-Frame-Options on " + what)
                .isEqualTo("DENY");
        softly.assertThat(headers.firstValue("Referrer-Policy").orElse(""))
                .as("Referrer-Policy on " + what)
                .isEqualTo("no-referrer");
        softly.assertThat(headers.firstValue("Permissions-Policy").orElse(""))
                .as("Permissions-Policy on " + what)
                .contains("camera=()");
    }

    /** Roundtable's own plain error page: its words, and nothing about the server behind it. */
    private static void plainPage(SoftAssertions softly, String what, String body, String marker) {
        softly.assertThat(body)
                .as("plain page for " + what)
                .contains("<!DOCTYPE html>", marker, "<main")
                .doesNotContainIgnoringCase("tomcat")
                .doesNotContain("HTTP Status", "Whitelabel", "Exception", "java.");
    }

    /**
     * Java's HTTP client will not send a broken escape or an over-long request line, so these go over a
     * plain socket, exactly as written.
     */
    private RawResponse raw(String path, String language) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: " + HTML
                    + "\r\nAccept-Language: " + language + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] head = (end < 0 ? answer : answer.substring(0, end)).split("\r\n");
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(head[i].substring(0, colon).strip(), k -> new ArrayList<>())
                            .add(head[i].substring(colon + 1).strip());
                }
            }
            int status = Integer.parseInt(head[0].split(" ")[1]);
            return new RawResponse(
                    status, HttpHeaders.of(headers, (a, b) -> true), end < 0 ? "" : answer.substring(end + 4));
        }
    }

    private record RawResponse(int status, HttpHeaders headers, String body) {}

    private List<String> vaadinRoutes() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()));
        Set<String> paths = new LinkedHashSet<>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            paths.add("/" + fill(route.getTemplate()));
        }
        return new ArrayList<>(paths);
    }

    private List<String> controllerEndpoints() {
        Set<String> paths = new LinkedHashSet<>();
        for (RequestMappingInfo info : controllers.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                paths.add(pattern.replace("{slug}", "dac")
                        .replace("{token}", "not-a-token")
                        .replace("{fileName}", "agenda.pdf")
                        .replaceAll("\\{[^}]+}", "1"));
            }
        }
        return new ArrayList<>(paths);
    }

    /** Demo values for a route's parameters: a body's slug where it names one, an id otherwise. */
    private static String fill(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1).toLowerCase();
            String value = "?".equals(parameter.group(3)) || "*".equals(parameter.group(3))
                    ? ""
                    : name.contains("slug") || name.contains("url_parameter") ? "dac" : "1";
            parameter.appendReplacement(path, value);
        }
        parameter.appendTail(path);
        return path.toString().replaceAll("/+$", "").replace("//", "/");
    }

    /** The address of published minutes, as the public feed lists them. */
    private String publishedMinutes() throws Exception {
        String feed = get("/feeds/minutes.atom", "*/*", null).body();
        return find(feed, "(/public/minutes/\\d+)")
                .orElseThrow(() -> new AssertionError("no published minutes in the feed"));
    }

    /** Signs in by the password form as a browser does: the page's CSRF token, then the post. */
    private String signInAs(String email) throws Exception {
        HttpResponse<String> form = get("/login", HTML, null);
        String session = cookieValue(form);
        String csrf =
                find(form.body(), "<meta name=\"_csrf\" content=\"([^\"]+)\"").orElseThrow();
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(BrowserTest.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        HttpResponse<String> done = send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                session);
        assertThat(done.statusCode()).as("sign-in answered").isEqualTo(302);
        assertThat(header(done, "Location")).doesNotContain("error");
        return cookieValue(done);
    }

    private HttpResponse<String> get(String path, String accept, String session)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET(), session);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session)
            throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie from " + response.uri()));
    }

    private static String cookieValue(HttpResponse<?> response) {
        String cookie = sessionCookie(response);
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }

    private static Optional<String> find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
