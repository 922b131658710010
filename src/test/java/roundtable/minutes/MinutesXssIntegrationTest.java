package roundtable.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesContent.ActionItem;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.RollCallVote;
import roundtable.minutes.MinutesContent.Vote;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.minutes.feeds.AtomDocument;
import roundtable.minutes.ui.MinutesView;
import roundtable.notifications.NotificationService;

/**
 * Every known payload in every field the secretary and translator type into (notes, motion,
 * names, action items, public comment, guests, the translation) comes out of the one renderer
 * unable to run, in the published version and the translation that every output reads, and out of
 * every output a reader meets: the page, the permalink, the PDF, the Atom feed and the members'
 * email. One publication carries the whole corpus, so the outputs are each built once.
 */
@IntegrationTest
@WithAnonymousUser
class MinutesXssIntegrationTest extends SpringBrowserlessTest {

    static final String TITLE = "DAC hostile input";
    static final Pattern MINUTES_IN_EMAIL = Pattern.compile("<!-- minutes -->(.*)<!-- /minutes -->", Pattern.DOTALL);

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesArchive archive;

    @Autowired
    MinutesTranslations minutesTranslations;

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

    @Autowired
    WebApplicationContext context;

    @Autowired
    GreenMail mail;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void quiet() {
        // Every DAC member is emailed the hostile minutes: let them go before other tests count messages.
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(60));
    }

    <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    @Test
    void noKnownPayloadSurvivesIntoAnyOutputOfThePublishedMinutesOrTheTranslation() throws Exception {
        List<String> payloads = XssPayloads.all();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
        long meetingId = as(
                "dac.secretary@example.org",
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, clock, TITLE, CheckInFixtures.STARTED_AGO, true));
        long minutesId = as("dac.secretary@example.org", () -> minutes.startDraft(meetingId));
        MinutesDraft draft =
                as("dac.secretary@example.org", () -> minutes.draftOf(meetingId).orElseThrow());

        List<Attendance> attendance = new ArrayList<>(draft.content().attendance().stream()
                .map(a -> new Attendance(a.personId(), a.name(), a.role(), a.voting(), Presence.PRESENT))
                .toList());
        List<Item> items = new ArrayList<>();
        for (String p : payloads) {
            // Names and titles are plain text of at most 200 characters; the rest is rich text.
            String n = p.length() > 200 ? p.substring(0, 200) : p;
            attendance.add(new Attendance(null, n, n, false, Presence.GUEST));
            Motion motion =
                    new Motion(p, n, n, VoteKind.ROLL_CALL, 0, 0, 0, List.of(new RollCallVote(null, n, Vote.YES)));
            items.add(new Item(null, n, p, List.of(motion), List.of(new ActionItem(p, n, null))));
        }
        String all = String.join("\n", payloads);
        MinutesDraft saved = as(
                "dac.secretary@example.org",
                () -> minutes.saveDraft(minutesId, draft.version(), new MinutesContent(attendance, items, all)));
        MinutesDraft submitted = as("dac.secretary@example.org", () -> minutes.submit(minutesId, saved.version()));
        MinutesDraft approved =
                as("dac.chair@example.org", () -> approval.approve(minutesId, submitted.version(), null));
        PublishedMinutes published =
                as("dac.chair@example.org", () -> publishing.publish(minutesId, approved.version(), true));
        // The email goes out on publishing, before anyone could translate: it carries the original.
        emailIsHarmless(minutesId);
        as("dac.secretary@example.org", () -> minutesTranslations.addTranslation(minutesId, "es", all));

        XssPayloads.assertHarmless(published.html(), "published html");
        XssPayloads.assertHarmless(
                archive.published(minutesId, null).orElseThrow().html(), "re-read html");
        XssPayloads.assertHarmless(
                archive.translation(minutesId, "es").orElseThrow().html(), "translation");
        for (Item item : as(
                        "dac.secretary@example.org",
                        () -> minutes.draftOf(meetingId).orElseThrow())
                .content()
                .items()) {
            XssPayloads.assertHarmless(item.notesHtml(), "stored notes");
            XssPayloads.assertHarmless(item.motions().getFirst().textHtml(), "stored motion");
        }
        // Plain text is text: a name typed as "<script>" reads so, and whoever puts it in HTML escapes it.
        assertThat(published.plainText()).contains("<script>alert(1)</script>");
        assertThat(published.html())
                .as("plain names are shown as text, not dropped")
                .contains("&lt;script&gt;");

        for (String lang : List.of("", "?lang=es")) {
            viewIsHarmless(minutesId, lang);
            String main = permalinkIsHarmless(minutesId, lang);
            pdfIsHarmless(minutesId, lang, main);
            feedIsHarmless(minutesId, lang);
        }
    }

    /** The Vaadin page {@code /minutes/{id}}: what it puts in the browser as the minutes' HTML. */
    void viewIsHarmless(long minutesId, String lang) {
        UI.getCurrent()
                .navigate(
                        MinutesView.class,
                        minutesId,
                        lang.isEmpty() ? QueryParameters.empty() : QueryParameters.of("lang", "es"));
        Html content = (Html) find(Div.class)
                .withId("minutes-content")
                .single()
                .getChildren()
                .findFirst()
                .orElseThrow();
        assertThat(Jsoup.parse(content.getInnerHtml()).text())
                .as("the page shows the minutes")
                .contains(lang.isEmpty() ? "Attendance" : "alert(1)");
        XssPayloads.assertHarmless(content.getInnerHtml(), "view" + lang);
    }

    /** The permalink page as a reader's browser gets it; returns its {@code <main>}, the minutes. */
    String permalinkIsHarmless(long minutesId, String lang) throws Exception {
        MockHttpServletResponse page = mvc().perform(
                        get("/public/minutes/" + minutesId + lang).with(anonymous()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        XssPayloads.assertNothingRuns(html, "permalink" + lang);
        String main = Jsoup.parse(html).selectFirst("main").html();
        XssPayloads.assertHarmless(main, "permalink minutes" + lang);
        return main;
    }

    /**
     * The PDF is made, carries no JavaScript a viewer could run (no script action, no script link),
     * and its words are the permalink's: a name typed as {@code <script>} reads so in both, and the
     * PDF has no {@code <script} that the permalink showed as markup rather than text.
     */
    void pdfIsHarmless(long minutesId, String lang, String permalinkMain) throws Exception {
        MockHttpServletResponse response = mvc().perform(
                        get("/public/minutes/" + minutesId + ".pdf" + lang).with(anonymous()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
                XssPayloads.noScriptIn(
                        pdf.getDocument().getObjectFromPool(key).getObject(), "pdf" + lang + " object " + key);
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(TITLE);
            assertThat(count(text, "<script"))
                    .as("pdf" + lang + ": every <script in its text is text on the permalink")
                    .isLessThanOrEqualTo(count(Jsoup.parse(permalinkMain).text(), "<script"));
        }
    }

    /** The feed parsed with the JDK's XML parser: the entry's HTML content, as a feed reader would show it. */
    void feedIsHarmless(long minutesId, String lang) throws Exception {
        String xml = mvc().perform(get("/feeds/minutes.atom" + lang).with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        AtomDocument.AtomEntry entry = AtomDocument.parse(xml).entries().stream()
                .filter(e -> e.link().startsWith("http://localhost:8080/public/minutes/" + minutesId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no feed entry for the hostile minutes"));
        assertThat(entry.contentType()).isEqualTo("html");
        XssPayloads.assertHarmless(entry.content(), "feed" + lang);
        XssPayloads.assertNothingRuns(entry.content(), "feed" + lang);
    }

    /** The member's email: its minutes part holds nothing that runs, the frame neither, and the text part is text. */
    void emailIsHarmless(long minutesId) throws Exception {
        MimeMessage message = Mailbox.to(mail, "dac.member@example.org", TITLE, 1, Duration.ofSeconds(60))
                .getFirst();
        String html = Mailbox.part(message, "text/html");
        Matcher minutesPart = MINUTES_IN_EMAIL.matcher(html);
        assertThat(minutesPart.find()).as("the email carries the minutes").isTrue();
        XssPayloads.assertHarmless(minutesPart.group(1), "email");
        XssPayloads.assertNothingRuns(html, "email");
        String text = Mailbox.part(message, "text/plain");
        assertThat(text)
                .as("the text part is the minutes' words, no markup to run")
                .contains("http://localhost:8080/public/minutes/" + minutesId, "alert(1)")
                .doesNotContain("<p>", "<li>");
    }

    MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    static int count(String text, String what) {
        String haystack = text.toLowerCase(Locale.ROOT);
        int found = 0;
        for (int at = haystack.indexOf(what); at >= 0; at = haystack.indexOf(what, at + 1)) {
            found++;
        }
        return found;
    }
}
