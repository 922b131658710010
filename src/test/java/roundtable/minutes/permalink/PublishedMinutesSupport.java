package roundtable.minutes.permalink;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesTranslations;
import roundtable.notifications.MinutesToPublish;

/** Minutes of a DAC meeting of the test's own, recorded and published as the secretary and chair do, then read anonymously. */
@IntegrationTest
abstract class PublishedMinutesSupport {

    static final String SECRETARY = MinutesToPublish.SECRETARY;

    @Autowired
    WebApplicationContext context;

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesTranslations minutesTranslations;

    @Autowired
    MinutesArchive archive;

    @Autowired
    MinutesPublishing publishing;

    @Autowired
    MinutesApproval approval;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    MinutesToPublish workflow() {
        return new MinutesToPublish(minutes, approval, publishing, planning, committees, users, clock);
    }

    /** A public DAC meeting that was held today, with its minutes started from the roster; returns the draft. */
    MinutesDraft draftFor(String title) {
        long meetingId = workflow().draft(title);
        return as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
    }

    /** Saves what {@code content} makes of the draft, submits, approves and publishes it; returns the minutes' id. */
    long publish(MinutesDraft draft, Function<MinutesDraft, MinutesContent> content) {
        MinutesDraft saved =
                as(SECRETARY, () -> minutes.saveDraft(draft.minutesId(), draft.version(), content.apply(draft)));
        workflow().publish(draft.minutesId(), saved);
        return draft.minutesId();
    }

    String page(String link) throws Exception {
        return mvc.perform(get(link).with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of the PDF at {@code link}, as PDFBox reads it. */
    String pdfText(String link) throws Exception {
        return MinutesPermalinkTest.text(mvc.perform(get(link).with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    }
}
