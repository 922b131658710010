package roundtable.minutes.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.PublishedMinutes;

/** The minutes' Atom feeds as a feed reader fetches them: anonymously, with no session, revalidating by ETag. */
@IntegrationTest
class MinutesFeedsIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MinutesArchive minutes;

    @Autowired
    CommitteeService committees;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void theFeedOfAllMinutesLinksEachEntryToItsPermalinkWithoutMakingASession() throws Exception {
        MvcResult result =
                mvc.perform(get("/feeds/minutes.atom").with(anonymous())).andReturn();
        MockHttpServletResponse response = result.getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        assertThat(result.getRequest().getSession(false)).as("no HTTP session").isNull();
        assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=300, public");

        AtomDocument feed = AtomDocument.parse(response.getContentAsString(StandardCharsets.UTF_8));
        List<PublishedMinutes> published = minutes.recentlyPublished(null, MinutesFeedWriter.ENTRIES);
        assertThat(published).as("the demo data publishes minutes").isNotEmpty();
        assertThat(feed.entries())
                .extracting(AtomDocument.AtomEntry::link)
                .containsExactlyElementsOf(published.stream()
                        .map(m -> "http://localhost:8080/public/minutes/" + m.minutesId())
                        .toList());
        assertThat(feed.entries())
                .extracting(AtomDocument.AtomEntry::title)
                .allSatisfy(title -> assertThat(title).isNotBlank());
        assertThat(feed.link("self")).contains("http://localhost:8080/feeds/minutes.atom");
    }

    @Test
    void aReaderAskingAgainWithItsETagIsToldNothingChanged() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/feeds/minutes.atom").with(anonymous()))
                .andReturn()
                .getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("\"").endsWith("\"");

        MockHttpServletResponse again = mvc.perform(
                        get("/feeds/minutes.atom").with(anonymous()).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andReturn()
                .getResponse();

        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
        String spanish = mvc.perform(get("/feeds/minutes.atom?lang=es").with(anonymous()))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(spanish).as("the Spanish feed is a different document").isNotEqualTo(etag);
    }

    @Test
    void aGroupsFeedHasOnlyThatGroupsMinutes() throws Exception {
        PublishedMinutes any = minutes.recentlyPublished(null, 1).getFirst();
        BodySummary body = committees.find(any.bodyId()).orElseThrow();

        String xml = mvc.perform(get("/feeds/committees/" + body.slug() + "/minutes.atom")
                        .with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        AtomDocument feed = AtomDocument.parse(xml);
        assertThat(feed.title()).isEqualTo("Minutes of " + body.name());
        assertThat(feed.entries())
                .extracting(AtomDocument.AtomEntry::link)
                .containsExactlyElementsOf(minutes.recentlyPublished(body.id(), MinutesFeedWriter.ENTRIES).stream()
                        .map(m -> "http://localhost:8080/public/minutes/" + m.minutesId())
                        .toList());
    }

    @Test
    void anUnknownGroupHasNoFeed() throws Exception {
        assertThat(mvc.perform(get("/feeds/committees/no-such-group/minutes.atom")
                                .with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
