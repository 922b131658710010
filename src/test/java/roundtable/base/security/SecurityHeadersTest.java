package roundtable.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** How a handler's own headers meet the defaults: a stricter policy replaces, the fixed ones stay. */
class SecurityHeadersTest {

    @Test
    void aHandlersOwnPolicyAndCachingReplaceTheDefaultsWithoutASecondHeader() throws Exception {
        MockHttpServletResponse response = run("GET", false, (req, res) -> {
            res.addHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            res.addHeader("Cache-Control", "max-age=300, public");
        });
        assertThat(response.getHeaders("Content-Security-Policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.getHeaders("Cache-Control")).containsExactly("max-age=300, public");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void nothingIsStoredUnlessAHandlerSaysSoAndNeverAnAnswerToAPost() throws Exception {
        assertThat(run("GET", false, (req, res) -> {}).getHeader("Cache-Control"))
                .isEqualTo("no-store");
        MockHttpServletResponse uidl = run("POST", false, (req, res) -> res.setHeader("Cache-Control", "no-cache"));
        assertThat(uidl.getHeaders("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void theFixedHeadersCannotBeUndoneAndAResetWritesThemAgain() throws Exception {
        MockHttpServletResponse response = run("GET", false, (req, res) -> {
            res.setHeader("X-Frame-Options", "SAMEORIGIN");
            res.addHeader("X-Content-Type-Options", "sniff-away");
            res.reset();
        });
        assertThat(response.getHeaders("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeader("Strict-Transport-Security"))
                .as("only over HTTPS")
                .isNull();
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        assertThat(run("GET", true, (req, res) -> {}).getHeader("Strict-Transport-Security"))
                .startsWith("max-age=");
    }

    private interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    private static MockHttpServletResponse run(String method, boolean secure, Handler handler) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/somewhere");
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                try {
                    handler.handle(req, res);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        new SecurityHeaders().doFilter(request, response, new MockFilterChain(servlet));
        return response;
    }
}
