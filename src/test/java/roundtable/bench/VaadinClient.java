package roundtable.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, as far as the server can tell: it speaks Vaadin 25's own protocol over HTTP
 * (captured from Chromium: the page's HTML, {@code ?v-r=init} for the UI, then UIDL posts with the
 * UI's security key and sync ids) and Spring Security's form sign-in with its CSRF token. It keeps
 * the cookies, the UI's ids and, from each answer's changes, which state node carries which element
 * id, so a test clicks "#rsvp-save" as a person would. It runs no JavaScript: the web components'
 * own property syncs after a page loads are left out, as they change nothing on the server.
 * <p>
 * Every request's round trip goes to a {@link RoundTrips} under the name of the step it serves.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** What Chromium reported about itself in the capture; the server keeps it as the UI's browser details. */
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED"
            + "&v-ws=false";

    private final HttpClient http;
    private final URI base;
    private final RoundTrips trips;
    private final Map<String, String> cookies = new HashMap<>();

    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    /** Element id attribute → state node id, from every change seen in the current UI. */
    private final Map<String, Integer> nodesByElementId = new HashMap<>();

    private JsonNode lastAnswer;
    private final String address;

    /**
     * @param address the person's own address, sent as X-Forwarded-For (Tomcat trusts it from loopback, as it
     *     would from a proxy in front): members sign in from many homes, not one, and the sign-in limiter
     *     counts by address
     */
    VaadinClient(HttpClient http, URI base, RoundTrips trips, String address) {
        this.http = http;
        this.base = base;
        this.trips = trips;
        this.address = address;
    }

    /** A made-up private address for the n-th simulated person. */
    static String addressOf(int n) {
        return "10.8." + (n / 250) + "." + (1 + n % 250);
    }

    /** A shared client: no cookie handler of its own (each VaadinClient keeps its cookies), no redirects followed. */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The password form as the login page posts it: its CSRF token from the page, then the form. */
    void signIn(String step, String email, String password) {
        String page = send(step + ": login page", get("/login")).body();
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> answer = send(
                step + ": form post",
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        // Refused: back to the login page, "?error" for the password, "?expired" for a missing or stale token.
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "Sign-in refused for " + email + ": " + answer.statusCode() + " " + location);
        }
    }

    /**
     * Opens a route in a new tab as Chromium does: the page's HTML, the UI from {@code v-r=init}, then the
     * {@code ui-navigate} event that builds the view.
     */
    void open(String step, String route) {
        HttpResponse<String> html = send(step + ": page", get("/" + route).header("Accept", "text/html"));
        if (html.statusCode() != 200) {
            throw new IllegalStateException("/" + route + " answered " + html.statusCode());
        }
        String init = "/?v-r=init&location=" + encode(route) + "&query=" + BROWSER_DETAILS + "&v-curdate="
                + System.currentTimeMillis() + "&v-wn=bench-" + System.identityHashCode(this);
        JsonNode config = json(send(step + ": v-r=init", get(init))).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        nodesByElementId.clear();
        absorb(uidl);
        ObjectNode data = JSON.createObjectNode()
                .put("route", "/" + route)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(step, List.of(event(1, "ui-navigate", data)));
        // Chromium follows at once with the web components' first property events; the server answers it with
        // almost nothing, and that small answer, not the view's, is what the UI then keeps for a resend.
        rpc(step, List.of());
    }

    /** What the browser sends when a person picks a value in a field: the property, then its change event. */
    void setValue(String step, String elementId, String value) {
        int node = node(elementId);
        ObjectNode sync = JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", "value")
                .put("value", value);
        rpc(step, List.of(sync, event(node, "value-changed", JSON.createObjectNode())));
    }

    void click(String step, String elementId) {
        rpc(step, List.of(event(node(elementId), "click", JSON.createObjectNode())));
    }

    boolean shows(String elementId) {
        return nodesByElementId.containsKey(elementId);
    }

    JsonNode lastAnswer() {
        return lastAnswer;
    }

    /** Forgets the last answer, so that a tab held open for a memory count holds only its ids. */
    void forgetAnswer() {
        lastAnswer = null;
    }

    private void rpc(String step, List<ObjectNode> invocations) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> answer = send(
                step + ": uidl",
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        JsonNode uidl = json(answer);
        if (uidl.has("meta")
                && (uidl.path("meta").has("appError") || uidl.path("meta").has("sessionExpired"))) {
            throw new IllegalStateException("The server refused the message: " + uidl.path("meta"));
        }
        absorb(uidl);
    }

    private void absorb(JsonNode uidl) {
        lastAnswer = uidl;
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            if ("put".equals(change.path("type").asString())
                    && "id".equals(change.path("key").asString())
                    && change.path("value").isString()) {
                nodesByElementId.put(
                        change.path("value").asString(), change.path("node").asInt());
            }
        }
    }

    private int node(String elementId) {
        Integer node = nodesByElementId.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element #" + elementId + " in the UI");
        }
        return node;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", address);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList()));
        }
        return builder;
    }

    private HttpResponse<String> send(String step, HttpRequest.Builder request) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            trips.failed(step);
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        trips.record(step, System.nanoTime() - start);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        if (response.statusCode() >= 400) {
            trips.failed(step);
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode());
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        String body = response.body();
        // Older Vaadin versions guard UIDL with a prefix; harmless to accept it.
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode node = JSON.readTree(body);
        return node.isArray() ? node.get(0) : node;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
