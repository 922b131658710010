package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.committees.CommitteeService;

/**
 * The public feeds and single downloads, read back with biweekly, an iCalendar parser that
 * shares no code with ical4j, which writes them.
 */
@IntegrationTest
class CalendarFeedsIntegrationTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    WebApplicationContext context;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

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
    @WithUserDetails("dac.chair@example.org")
    void theFeedKeepsEachMeetingsUidAndDescribesHowToJoin() throws Exception {
        long id = planning.scheduleMeeting(meeting("Feed: budget listening session", 10, true));

        VEvent first = event(parse(fetch("/feeds/meetings.ics")), id).orElseThrow();
        VEvent second = event(parse(fetch("/feeds/meetings.ics")), id).orElseThrow();

        assertThat(first.getUid().getValue())
                .isEqualTo("meeting-" + id + "@localhost")
                .isEqualTo(second.getUid().getValue());
        assertThat(first.getSummary().getValue()).isEqualTo("DAC: Feed: budget listening session");
        assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(first.getLocation().getValue()).isEqualTo("Education Center, 1829 Denver West Dr, Golden, Room 101");
        assertThat(first.getUrl().getValue()).isEqualTo("http://localhost:8080/meetings/" + id);
        assertThat(first.getDescription().getValue())
                .contains("Meeting page (agenda, language help): http://localhost:8080/meetings/" + id)
                .contains("Join online: https://meet.example.org/dac-feed-test")
                .contains("Join by phone: +1 720 555 0100, PIN 4321")
                .contains("Getting there and access: Step-free entrance on the north side")
                .contains("Interpretation offered: Spanish")
                .contains("Interpretación disponible: Español")
                .contains("Ask on the meeting page at least 5 school days before the meeting");
        assertThat(event(parse(fetch("/feeds/committees/dac.ics")), id)).isPresent();
        assertThat(event(parse(fetch("/feeds/committees/fac.ics")), id)).isEmpty();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aChangeRaisesTheSequenceAndACancellationStaysInTheFeedMarkedCancelled() throws Exception {
        long id = planning.scheduleMeeting(meeting("Feed: meeting that moves", 12, true));
        String single = "/feeds/meetings/" + id + ".ics";
        assertThat(only(fetch(single)).getSequence().getValue()).isZero();

        MeetingSummary before = meetings.find(id).orElseThrow();
        MeetingData later = before.data();
        planning.updateMeeting(
                id, before.version(), later.startingAt(later.startsAt().plusHours(1)));
        VEvent moved = only(fetch(single));
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getDateStart().getValue().getRawComponents().getHour()).isEqualTo(20);

        planning.cancelMeeting(id, meetings.find(id).orElseThrow().version(), "The room flooded");
        VEvent cancelled = event(parse(fetch("/feeds/meetings.ics")), id).orElseThrow();
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
        assertThat(cancelled.getSummary().getValue()).startsWith("Cancelled / Cancelada: ");
        assertThat(cancelled.getDescription().getValue()).contains("This meeting is cancelled: The room flooded");
        assertThat(only(fetch(single)).getUid().getValue())
                .isEqualTo(cancelled.getUid().getValue());
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void closedMeetingsAndDraftsStayOutOfPublicFeeds() throws Exception {
        long closed = planning.scheduleMeeting(meeting("Feed: closed personnel session", 11, false));
        long draft = planning.draftMeeting(meeting("Feed: a draft nobody should see", 13, true));

        for (String feed : List.of("/feeds/meetings.ics", "/feeds/committees/dac.ics")) {
            ICalendar calendar = parse(fetch(feed));
            assertThat(event(calendar, closed)).as(feed).isEmpty();
            assertThat(event(calendar, draft)).as(feed).isEmpty();
        }
        assertThat(status(get("/feeds/meetings/" + closed + ".ics").with(anonymous())))
                .isEqualTo(404);
        assertThat(status(get("/feeds/meetings/" + draft + ".ics").with(anonymous())))
                .isEqualTo(404);
        // The body's own members may download a closed meeting from its page.
        assertThat(only(fetch("/feeds/meetings/" + closed + ".ics"))
                        .getSummary()
                        .getValue())
                .contains("closed personnel session");
    }

    @Test
    void anUnknownBodyOrMeetingIsNotFound() throws Exception {
        assertThat(status(get("/feeds/committees/no-such-body.ics"))).isEqualTo(404);
        assertThat(status(get("/feeds/meetings/999999999.ics"))).isEqualTo(404);
        assertThat(status(get("/feeds/meetings/not-a-number.ics"))).isEqualTo(404);
        assertThat(status(get("/feeds/private/not-a-token.ics"))).isEqualTo(404);
    }

    @Test
    void aRepeatedRequestWithTheEtagOrDateIsAnsweredNotModified() throws Exception {
        MockHttpServletResponse first =
                perform(get("/feeds/committees/dac.ics")).getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        String lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=300, public");

        MockHttpServletResponse byEtag = perform(
                        get("/feeds/committees/dac.ics").header(HttpHeaders.IF_NONE_MATCH, etag))
                .getResponse();
        assertThat(byEtag.getStatus()).isEqualTo(304);
        assertThat(byEtag.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse byDate = perform(
                        get("/feeds/committees/dac.ics").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .getResponse();
        assertThat(byDate.getStatus()).isEqualTo(304);
        MockHttpServletResponse stale = perform(
                        get("/feeds/committees/dac.ics").header(HttpHeaders.IF_NONE_MATCH, "\"something-older\""))
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
    }

    @Test
    void feedsAreCalendarsThatOpenNoSession() throws Exception {
        for (String path : List.of("/feeds/meetings.ics", "/feeds/committees/dac.ics")) {
            MvcResult result = perform(get(path).with(anonymous()));
            MockHttpServletResponse response = result.getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
            assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline; filename=");
            assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).isNull();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            ICalendar calendar = parse(response.getContentAsString());
            assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
            assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
                    .isNotBlank();
        }
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aSingleMeetingDownloadsAsAnAttachment() throws Exception {
        long id = planning.scheduleMeeting(meeting("Feed: one to download", 14, true));
        MockHttpServletResponse response =
                perform(get("/feeds/meetings/" + id + ".ics").with(anonymous())).getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"meeting-" + id + ".ics\"");
        assertThat(only(response.getContentAsString()).getUid().getValue()).isEqualTo("meeting-" + id + "@localhost");
    }

    private MeetingData meeting(String title, int daysAhead, boolean open) {
        LocalDateTime start = LocalDate.now(DENVER).plusDays(daysAhead).atTime(LocalTime.of(19, 0));
        long dac = committees.findBySlug("dac").orElseThrow().id();
        return new MeetingData(
                dac,
                title,
                start,
                DENVER,
                90,
                new MeetingPlace(
                        MeetingFormat.HYBRID,
                        "Education Center, 1829 Denver West Dr, Golden",
                        "Room 101",
                        "Step-free entrance on the north side",
                        "https://meet.example.org/dac-feed-test",
                        "+1 720 555 0100, PIN 4321",
                        List.of("es")),
                open,
                "<p>Agenda to follow.</p>");
    }

    private String fetch(String path) throws Exception {
        MockHttpServletResponse response = perform(get(path)).getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getResponse().getStatus();
    }

    /** A request leaves the test's own sign-in in place: the security filters clear the thread's. */
    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try {
            return mvc.perform(request).andReturn();
        } finally {
            SecurityContextHolder.setContext(signedIn);
            TestSecurityContextHolder.setContext(signedIn);
        }
    }

    static ICalendar parse(String text) {
        ICalendar calendar = Biweekly.parse(text).first();
        assertThat(calendar).as("parses as iCalendar").isNotNull();
        return calendar;
    }

    static Optional<VEvent> event(ICalendar calendar, long meetingId) {
        return calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().startsWith("meeting-" + meetingId + "@"))
                .findFirst();
    }

    static VEvent only(String text) {
        List<VEvent> events = parse(text).getEvents();
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    static Instant instant(VEvent event) {
        return event.getDateStart().getValue().toInstant();
    }
}
