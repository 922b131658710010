package roundtable.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.TestClock;
import roundtable.TestData;
import roundtable.TestData.TestBody;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;

/** Residents follow a body with double opt-in and leave it in one click, without an account or a session. */
@IntegrationTest
class SubscriptionsIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    SubscriptionRequests requests;

    @Autowired
    TestData data;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    TestBody body;
    long bodyId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        body = data.aBody().named("Accountability Committee").create();
        bodyId = body.id();
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void aResidentIsSubscribedOnlyOnceTheyPressConfirmOnThePageTheEmailedLinkOpens() throws Exception {
        String address = TestData.email("lucia.follows");
        requests.request(bodyId, address, Language.SPANISH, EnumSet.of(Category.MINUTES), TestData.ipAddress());

        MimeMessage email = Mailbox.to(mail, address, "seguir a", 1, WAIT).getFirst();
        assertThat(email.getSubject()).isEqualTo("Confirme: seguir a " + body.name() + " por correo");
        assertThat(Mailbox.body(email)).contains("Recibiría las actas.");
        String link = Mailbox.link(email, SubscriptionRequests.CONFIRM_PATH);

        SubscriptionToConfirm asked = requests.toConfirm(token(link));
        assertThat(asked.categories()).containsExactly(Category.MINUTES);
        assertThat(subscribed(address, Category.MINUTES))
                .as("opening the link changes nothing")
                .isFalse();

        assertThat(requests.confirm(token(link)).confirmed()).isTrue();
        assertThat(subscribed(address, Category.MINUTES)).isTrue();
        assertThat(subscribed(address, Category.MEETINGS)).isFalse();
        assertThat(subscriptions.subscribers(bodyId, Category.MINUTES))
                .filteredOn(s -> s.email().equals(address))
                .singleElement()
                .satisfies(s -> assertThat(s.language()).isEqualTo(Language.SPANISH));
    }

    @Test
    void anAddressNobodyConfirmedWithinAWeekIsForgotten() {
        String address = TestData.email("never.confirmed");
        requests.request(bodyId, address, Language.ENGLISH, EnumSet.of(Category.MEETINGS), TestData.ipAddress());
        Mailbox.to(mail, address, "", 1, WAIT);
        String kept = "select count(*) from subscription where email = ?";
        requests.forgetUnconfirmed();
        assertThat(jdbc.queryForObject(kept, Integer.class, address))
                .as("within the week")
                .isEqualTo(1);

        clock.advance(Duration.ofDays(8));
        assertThat(requests.forgetUnconfirmed()).isPositive();
        assertThat(jdbc.queryForObject(kept, Integer.class, address))
                .as("a week on, unconfirmed")
                .isZero();
    }

    @Test
    void askingAgainForAnAddressAnswersTheSameAndChangesNothingUntilTheNewLinkIsFollowed() {
        String address = TestData.email("already.follows");
        requests.request(bodyId, address, Language.ENGLISH, EnumSet.allOf(Category.class), TestData.ipAddress());
        String first = Mailbox.awaitLink(mail, address, "follow", SubscriptionRequests.CONFIRM_PATH, WAIT);
        requests.confirm(token(first));

        // Someone else types the same address with other choices: same answer, an email to the owner, nothing changed.
        requests.request(bodyId, address, Language.SPANISH, EnumSet.of(Category.MINUTES), TestData.ipAddress());
        assertThat(Mailbox.to(mail, address, 2, WAIT)).hasSize(2);
        assertThat(subscribed(address, Category.MEETINGS)).isTrue();
        assertThat(subscriptions.subscribers(bodyId, Category.MINUTES))
                .filteredOn(s -> s.email().equals(address))
                .singleElement()
                .satisfies(s -> assertThat(s.language()).isEqualTo(Language.ENGLISH));
        assertThatThrownBy(() -> requests.confirm(token(first)))
                .as("the first link was replaced")
                .isInstanceOf(SubscriptionLinkException.class);
    }

    @Test
    void anAddressIsAskedForAtMostThreeTimesAnHourAndABadAddressIsRefusedAtItsField() {
        String address = TestData.email("limited");
        for (int i = 0; i < SubscriptionRequests.ASKS_PER_ADDRESS; i++) {
            requests.request(bodyId, address, Language.ENGLISH, EnumSet.of(Category.MINUTES), TestData.ipAddress());
        }
        assertThatThrownBy(() -> requests.request(
                        bodyId, address, Language.ENGLISH, EnumSet.of(Category.MINUTES), TestData.ipAddress()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("subscriptions.error.too-many"));
        assertThatThrownBy(() -> requests.request(
                        bodyId, "not an address", Language.ENGLISH, EnumSet.of(Category.MINUTES), TestData.ipAddress()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> requests.request(
                        bodyId, "nothing@example.org", Language.ENGLISH, Set.of(), TestData.ipAddress()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("categories"));
    }

    @Test
    void aMailProgramsOneClickPostUnsubscribesWithoutACookieWhileOpeningTheLinkOnlyShowsTheButton() throws Exception {
        String address = TestData.email("one.click");
        requests.request(bodyId, address, Language.ENGLISH, EnumSet.allOf(Category.class), TestData.ipAddress());
        requests.confirm(token(Mailbox.awaitLink(mail, address, "follow", SubscriptionRequests.CONFIRM_PATH, WAIT)));
        String link = subscriptions.subscribers(bodyId, Category.MINUTES).stream()
                .filter(s -> s.email().equals(address))
                .findFirst()
                .orElseThrow()
                .unsubscribeLink();
        String path = link.substring(link.indexOf(SubscriptionService.UNSUBSCRIBE_PATH));

        MvcResult opened = mvc.perform(get(path).with(anonymous()).header(HttpHeaders.ACCEPT, "text/html"))
                .andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        assertThat(opened.getResponse().getContentAsString())
                .contains(
                        "Stop receiving minutes from " + body.name() + " by email?",
                        "<button type=\"submit\" id=\"unsubscribe\"");
        assertThat(subscribed(address, Category.MINUTES))
                .as("a link scanner's GET unsubscribes nobody")
                .isTrue();

        // RFC 8058: a POST with no cookie, no CSRF token and the one-click body.
        MvcResult clicked = mvc.perform(post(path)
                        .with(anonymous())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andReturn();
        assertThat(clicked.getResponse().getStatus()).isEqualTo(200);
        assertThat(clicked.getResponse().getContentAsString()).contains("you will no longer receive minutes");
        assertThat(clicked.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(clicked.getRequest().getSession(false)).isNull();
        assertThat(subscribed(address, Category.MINUTES)).isFalse();
        assertThat(subscribed(address, Category.MEETINGS))
                .as("only that category")
                .isTrue();

        // Twice is harmless; and the page's Undo puts it back.
        assertThat(mvc.perform(post(path).with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        mvc.perform(post(path + "/undo").with(anonymous())).andReturn();
        assertThat(subscribed(address, Category.MINUTES)).isTrue();
    }

    @Test
    void aForgedOrAlteredUnsubscribeLinkIsRefusedPlainlyAndTheRestOfThePathStaysClosed() throws Exception {
        String forged = SubscriptionService.UNSUBSCRIBE_PATH + "dW5zdWJzY3JpYmUtbWludXRlc3wxfHh8OTk5OTk5OTk5OQ."
                + "A".repeat(43);
        MvcResult result = mvc.perform(post(forged).with(anonymous())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("This link is not one we sent");
        assertThat(mvc.perform(post("/subscriptions/confirm/x").with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("CSRF exemption is for unsubscribing only")
                .isIn(401, 403);
    }

    @Test
    void aMembersLinkTurnsOffThatBodysCategoryForThemAndUndoTurnsItBackOn() {
        long personId = data.aPerson()
                .speaking(Language.SPANISH)
                .memberOf(body)
                .create()
                .id();
        String link = subscriptions.memberUnsubscribeLink(personId, bodyId, Category.MINUTES);

        Unsubscribing done = subscriptions.unsubscribe(token(link));
        assertThat(done.off()).isTrue();
        assertThat(done.language()).as("the member's own language").isEqualTo(Language.SPANISH);
        assertThat(subscriptions.membersOptedOut(bodyId, Category.MINUTES)).contains(personId);
        assertThat(subscriptions.membersOptedOut(bodyId, Category.MEETINGS)).doesNotContain(personId);

        subscriptions.resubscribe(token(link));
        assertThat(subscriptions.membersOptedOut(bodyId, Category.MINUTES)).doesNotContain(personId);
    }

    private boolean subscribed(String address, Category category) {
        return subscriptions.subscribers(bodyId, category).stream()
                .anyMatch(s -> s.email().equals(address));
    }
}
