package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.TestClock;
import roundtable.base.security.SignInLinkService;
import roundtable.base.security.TooManySignInAttemptsException;
import roundtable.notifications.NotificationService;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SignInLinkService links;

    @Autowired
    GreenMail mail;

    @Autowired
    TestClock clock;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    /** Demo members also get meeting invitations from other test classes: sign-in mail is picked by its subject. */
    static final String SIGN_IN_EN = "Your sign-in link for Roundtable";

    static final String SIGN_IN_ES = "Su enlace para entrar en Roundtable";
    /** As many failures as pause an account or an address (RateLimitedPasswordAuthentication). */
    static final int ALLOWED_FAILURES = 5;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void demoAccountSignsInWithItsPassword() throws Exception {
        mvc.perform(formLogin("/login").user("dac.chair@example.org").password("Roundtable-demo-2026"))
                .andExpect(authenticated().withUsername("dac.chair@example.org"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("dac.secretary@example.org").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailuresPauseTheAccountEvenForTheRightPassword() throws Exception {
        String account = "language.services@example.org";
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(account, "guess-" + i, "10.20.30." + i)).andExpect(unauthenticated());
        }
        MvcResult refused = mvc.perform(login(account, "Roundtable-demo-2026", "10.20.31.1"))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(TooManySignInAttemptsException.class);

        clock.advance(Duration.ofMinutes(14));
        try {
            mvc.perform(login(account, "Roundtable-demo-2026", "10.20.31.2")).andExpect(unauthenticated());
            clock.advance(Duration.ofMinutes(1));
            mvc.perform(login(account, "Roundtable-demo-2026", "10.20.31.3"))
                    .andExpect(authenticated().withUsername(account));
        } finally {
            clock.reset();
        }
    }

    @Test
    void fiveFailuresFromOneAddressPauseThatAddressForOtherAccountsToo() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("nobody" + i + "@example.org", "x", "10.99.0.1")).andExpect(unauthenticated());
        }
        mvc.perform(login("admin@example.org", "Roundtable-demo-2026", "10.99.0.1"))
                .andExpect(unauthenticated());
        mvc.perform(login("admin@example.org", "Roundtable-demo-2026", "10.99.0.2"))
                .andExpect(authenticated());
        clock.advance(Duration.ofMinutes(15));
        try {
            mvc.perform(login("admin@example.org", "Roundtable-demo-2026", "10.99.0.1"))
                    .andExpect(authenticated());
        } finally {
            clock.reset();
        }
    }

    /**
     * Login CSRF: a page on another site that posts an attacker's email and password to /login would
     * sign the visitor's browser into the attacker's account. Without this session's token the form is
     * refused back to the login page, and the refusal counts nothing against the attempt limits.
     */
    @Test
    void aPasswordPostedFromAnotherSiteWithoutThisSessionsTokenSignsNobodyInAndCountsNoAttempt() throws Exception {
        String account = "dac.chair@example.org";
        String address = "10.66.0.1";
        for (int i = 0; i < ALLOWED_FAILURES + 1; i++) {
            mvc.perform(post("/login")
                            .param("username", account)
                            .param("password", "guess-" + i)
                            .header("Origin", "https://evil.example")
                            .with(from(address)))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?expired"));
        }
        mvc.perform(post("/login")
                        .param("username", account)
                        .param("password", "Roundtable-demo-2026")
                        .header("Origin", "https://evil.example")
                        .with(from(address)))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login")
                        .param("username", account)
                        .param("password", "Roundtable-demo-2026")
                        .with(csrf().useInvalidToken())
                        .with(from(address)))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?expired"));

        // Neither the account nor the address was paused by any of it.
        mvc.perform(login(account, "Roundtable-demo-2026", address))
                .andExpect(authenticated().withUsername(account));
    }

    @Test
    void emailedLinkArrivesInThePersonsLanguageAndSignsInExactlyOnce() throws Exception {
        assertThat(links.requestLink("DAC.Member@example.org", "10.1.1.1"))
                .isEqualTo(SignInLinkService.Outcome.SENT_IF_KNOWN);
        MimeMessage message = Mailbox.to(mail, "dac.member@example.org", SIGN_IN_ES, 1, Duration.ofSeconds(10))
                .getFirst();
        assertThat(message.getSubject()).isEqualTo("Su enlace para entrar en Roundtable");
        assertThat(Mailbox.body(message)).contains("Hola, María Fernanda Ruiz");
        String token = Mailbox.signInLink(message).replaceAll(".*token=", "");

        mvc.perform(post("/login/ott").param("token", token).with(csrf()))
                .andExpect(authenticated().withUsername("dac.member@example.org"));
        mvc.perform(post("/login/ott").param("token", token).with(csrf()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/signin/link?invalid"));
    }

    @Test
    void aLinkOlderThanTenMinutesNoLongerSignsIn() throws Exception {
        links.requestLink("dac.chair@example.org", "10.1.3.1");
        MimeMessage message = Mailbox.to(mail, "dac.chair@example.org", SIGN_IN_EN, 1, Duration.ofSeconds(10))
                .getLast();
        String token = Mailbox.signInLink(message).replaceAll(".*token=", "");
        // Mail still on its way (other classes' meeting invitations) would be queued ten minutes late.
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        try {
            mvc.perform(post("/login/ott").param("token", token).with(csrf()))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/signin/link?invalid"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aRealLinkPostedWithoutTheCsrfTokenIsRefusedAndStillWorksAfterwards() throws Exception {
        links.requestLink("dac.secretary@example.org", "10.1.4.1");
        MimeMessage message = Mailbox.to(mail, "dac.secretary@example.org", SIGN_IN_EN, 1, Duration.ofSeconds(10))
                .getLast();
        String token = Mailbox.signInLink(message).replaceAll(".*token=", "");
        mvc.perform(post("/login/ott").param("token", token))
                .andExpect(MockMvcResultMatchers.status().isForbidden());
        mvc.perform(post("/login/ott").param("token", token).with(csrf()))
                .andExpect(authenticated().withUsername("dac.secretary@example.org"));
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMoreThanFivePasswordChecks() throws Exception {
        String account = "dac.member@example.org";
        var pool = Executors.newFixedThreadPool(8);
        try {
            var results = new ArrayList<Future<Object>>();
            for (int i = 0; i < 16; i++) {
                String address = "10.77.0." + i;
                results.add(pool.submit(() -> mvc.perform(login(account, "burst-guess", address))
                        .andReturn()
                        .getRequest()
                        .getSession()
                        .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)));
            }
            long checked = 0;
            for (var result : results) {
                if (result.get() instanceof BadCredentialsException) {
                    checked++;
                }
            }
            assertThat(checked).as("passwords actually checked").isLessThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everySignInIsLoggedWithItsMethodAndEveryRefusalWithItsReason(CapturedOutput output) throws Exception {
        mvc.perform(login("admin@example.org", "Roundtable-demo-2026", "10.55.0.1"))
                .andExpect(authenticated());
        assertThat(output).contains("sign-in succeeded account=admin@example.org method=password address=10.55.0.1");
        for (int i = 0; i < 6; i++) {
            mvc.perform(login("jordan.ellis@example.org\nforged line", "x", "10.55.1." + i));
        }
        assertThat(output)
                .contains("reason=TooManySignInAttemptsException")
                .contains("account=jordan.ellis@example.org?forged line");
    }

    @Test
    void unknownAddressGetsTheSameAnswerAndNoEmail() {
        // Mail other test classes left on its way would change the count below.
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        int before = mail.getReceivedMessages().length;
        assertThat(links.requestLink("stranger@example.org", "10.1.1.2"))
                .isEqualTo(SignInLinkService.Outcome.SENT_IF_KNOWN);
        assertThat(Mailbox.to(mail, "stranger@example.org", 1, Duration.ofSeconds(2)))
                .isEmpty();
        assertThat(mail.getReceivedMessages().length).isEqualTo(before);
    }

    @Test
    void aFourthLinkForOneAddressWithinFifteenMinutesIsRefused() {
        for (int i = 0; i < 3; i++) {
            assertThat(links.requestLink("marcus.lee@example.org", "10.1.2." + i))
                    .isEqualTo(SignInLinkService.Outcome.SENT_IF_KNOWN);
        }
        assertThat(links.requestLink("marcus.lee@example.org", "10.1.2.9"))
                .isEqualTo(SignInLinkService.Outcome.TRY_LATER);
    }

    private static RequestBuilder login(String user, String password, String address) {
        return post("/login")
                .param("username", user)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
