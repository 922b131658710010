package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import biweekly.ICalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.base.i18n.Language;
import roundtable.base.security.Role;
import roundtable.committees.CommitteeService;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;

/** A member's secret feed: their bodies' meetings, closed ones too, until they make a new link or turn it off. */
@IntegrationTest
class PrivateCalendarFeedIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingCalendarService calendar;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    @Autowired
    PersonService people;

    @Autowired
    PersonEditor personEditor;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMembersLinkShowsTheirBodysClosedMeetingsAndNoOtherBodysUntilReplacedOrTurnedOff() throws Exception {
        signIn("admin@example.org");
        long dacClosed = planning.scheduleMeeting(closed("dac", "Private: DAC closed session", 9));
        long facClosed = planning.scheduleMeeting(closed("fac", "Private: FAC closed session", 9));
        long dacDraft = planning.draftMeeting(closed("dac", "Private: DAC draft", 15));

        signIn("dac.member@example.org");
        assertThat(calendar.myFeedCreatedAt()).isEmpty();
        String first = path(calendar.createMyFeedLink());
        assertThat(calendar.myFeedCreatedAt()).isPresent();
        SecurityContextHolder.clearContext();

        MockHttpServletResponse response = mvc.perform(get(first)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache, private");
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        ICalendar feed = CalendarFeedsIntegrationTest.parse(response.getContentAsString());
        assertThat(CalendarFeedsIntegrationTest.event(feed, dacClosed)).isPresent();
        assertThat(CalendarFeedsIntegrationTest.event(feed, facClosed)).isEmpty();
        assertThat(CalendarFeedsIntegrationTest.event(feed, dacDraft)).isEmpty();
        // The member reads Spanish first, so their own feed speaks Spanish only.
        assertThat(CalendarFeedsIntegrationTest.event(feed, dacClosed)
                        .orElseThrow()
                        .getDescription()
                        .getValue())
                .startsWith("Página de la reunión")
                .doesNotContain("Meeting page");

        signIn("dac.member@example.org");
        String second = path(calendar.createMyFeedLink());
        assertThat(status(first)).as("the replaced link").isEqualTo(404);
        assertThat(status(second)).isEqualTo(200);

        signIn("dac.member@example.org");
        calendar.turnOffMyFeed();
        assertThat(calendar.myFeedCreatedAt()).isEmpty();
        assertThat(status(second)).as("the turned-off link").isEqualTo(404);
    }

    @Test
    void anAnonymisedPersonsLinkStopsWorking() throws Exception {
        signIn("admin@example.org");
        long leaver = personEditor.registerPerson(new PersonData(
                "Feed Leaver", "feed.leaver@example.org", null, Language.ENGLISH, null, null, false, null));
        personEditor.allowSignIn(leaver, Set.of(Role.MEMBER), "Leaver-password-2026");
        signIn("feed.leaver@example.org");
        String link = path(calendar.createMyFeedLink());
        assertThat(status(link)).isEqualTo(200);

        signIn("admin@example.org");
        personEditor.anonymisePerson(leaver);
        // Revoked by a listener after the anonymisation commits.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(status(link)).isEqualTo(404));
    }

    private MeetingData closed(String slug, String title, int daysAhead) {
        long body = committees.findBySlug(slug).orElseThrow().id();
        return new MeetingData(
                body,
                title,
                LocalDate.now(CalendarFeedsIntegrationTest.DENVER)
                        .plusDays(daysAhead)
                        .atTime(17, 0),
                CalendarFeedsIntegrationTest.DENVER,
                60,
                MeetingFormat.ONLINE,
                null,
                "https://meet.example.org/closed",
                false,
                List.of(),
                null);
    }

    private void signIn(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
    }

    private int status(String path) throws Exception {
        SecurityContextHolder.clearContext();
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private static String path(String link) {
        assertThat(link).startsWith("http://localhost:8080/feeds/private/").endsWith(".ics");
        return link.substring("http://localhost:8080".length());
    }
}
