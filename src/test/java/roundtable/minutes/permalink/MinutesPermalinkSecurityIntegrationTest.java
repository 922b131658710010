package roundtable.minutes.permalink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;

/**
 * Through the whole app's filters: anyone may ask for a permalink or its PDF without signing in,
 * and asking opens no session, whether the minutes exist or not. (What the pages say is
 * {@link MinutesPermalinkTest}'s.)
 */
@IntegrationTest
class MinutesPermalinkSecurityIntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void anAnonymousReaderReachesThePermalinkAndPdfWithoutASession() throws Exception {
        for (String link : new String[] {
            "/public/minutes/999999",
            "/public/minutes/999999?lang=es",
            "/public/minutes/999999.pdf",
            "/public/minutes/not-a-number"
        }) {
            MvcResult result = mvc.perform(get(link).with(anonymous()).header(HttpHeaders.ACCEPT, "text/html"))
                    .andReturn();
            // Not published: "not found", from the controller, rather than a redirect to sign in.
            assertThat(result.getResponse().getStatus()).as(link).isEqualTo(404);
            assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE))
                    .as(link)
                    .isNull();
            assertThat(result.getRequest().getSession(false)).as(link).isNull();
        }
        assertThat(mvc.perform(head("/public/minutes/999999").with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void nothingButReadingIsOpenThere() throws Exception {
        int status = mvc.perform(post("/public/minutes/999999").with(anonymous()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isIn(401, 403);
    }
}
