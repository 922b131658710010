package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.notifications.NotificationService;

/**
 * "Find a time", the whole way: the DAC chair offers three times, three members answer from
 * their emailed links (one needs Spanish interpretation, one childcare), the chair reads the
 * ranking with its reasons, chooses, and the meeting is on the public calendar.
 */
class FindATimeJourneyIT extends BrowserTest {

    static final String TITLE = "DAC spring planning";
    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    /** Other journeys read "the last message to" a demo account; leave them none of ours. */
    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(30));
        mail.purgeEmailFromAllMailboxes();
    }

    private final LocalDate today = LocalDate.now(ZoneId.of("America/Denver"));

    private void pickDate(String id, LocalDate date) {
        Locator input = page.locator("#" + id + " input");
        input.fill(US_DATE.format(date));
        input.press("Enter");
    }

    private void pickTime(String id, String time) {
        Locator input = page.locator("#" + id + " input");
        input.fill(time);
        input.press("Enter");
    }

    /** The path of the personal link emailed to this person, to open on the test's own port. */
    private String linkPathFor(String email) {
        return Mailbox.awaitLink(mail, email, TITLE, "/availability/", Duration.ofSeconds(15))
                .replaceAll("^https?://[^/]+", "");
    }

    /** One invitee, in a browser of their own, answers from their link. */
    private void answer(
            String email, String screenshotName, String[] choices, boolean childcare, String interpretation) {
        String path = linkPathFor(email);
        BrowserContext own = watched(browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US")));
        own.setDefaultTimeout(20_000);
        Page previous = page;
        page = own.newPage();
        try {
            // A personal link opens in its recipient's language at once: no reload to wait out.
            visit(path, screenshotName);
            for (int i = 0; i < choices.length; i++) {
                page.locator("#answer-" + i)
                        .getByRole(
                                AriaRole.RADIO,
                                new Locator.GetByRoleOptions()
                                        .setName(choices[i])
                                        .setExact(true))
                        .check();
            }
            if (childcare) {
                page.locator("#needs-childcare input").check();
            }
            if (interpretation != null) {
                page.locator("#needs-interpretation").click();
                page.getByRole(
                                AriaRole.OPTION,
                                new Page.GetByRoleOptions()
                                        .setName(interpretation)
                                        .setExact(true))
                        .click();
            }
            page.locator("#save-answers").click();
            BrowserSupport.settle(page);
            assertThat(page.locator("#answers-saved")).isVisible();
            BrowserSupport.assertAccessible(page, screenshotName + " after saving");
            BrowserSupport.screenshots(page, screenshotName + "-saved");
        } finally {
            own.close();
            page = previous;
        }
    }

    @Test
    void chairFindsATimeMembersAnswerAndTheMeetingIsOnTheCalendar() {
        signIn("dac.chair@example.org", PASSWORD);
        visit("/my/committees", "my-committees-find-a-time");
        page.locator("#find-a-time-dac").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Find a time: District Accountability Committee");

        page.locator("#poll-title input").fill(TITLE);
        pickDate("candidate-date-0", today.plusDays(15));
        pickDate("candidate-date-1", today.plusDays(16));
        pickDate("candidate-date-2", today.plusDays(17));
        pickTime("candidate-time-2", "3:00 PM");
        // The place is asked as the meeting editor asks it, and the meeting takes all of it.
        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions()
                                .setName("In person and online")
                                .setExact(true))
                .check();
        page.locator("#poll-location input").fill("Education Center, 1829 Denver West Dr");
        page.locator("#poll-room input").fill("Board Room");
        page.locator("#poll-access textarea").fill("Step-free entrance on the east side");
        page.locator("#poll-online-url input").fill("https://meet.example.org/dac-spring");
        page.locator("#poll-dial-in input").fill("+1 720 555 0100, code 4321");
        page.locator("#poll-languages input").fill("Somali");
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Somali").setExact(true))
                .click();
        page.locator("#poll-languages input").press("Escape");
        pickDate("deadline-date", today.plusDays(10));
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "find-a-time form");
        BrowserSupport.screenshots(page, "find-a-time-form");
        page.locator("#send-poll").click();
        page.waitForURL(url -> url.contains("/manage/find-a-time/poll/"));
        BrowserSupport.settle(page);
        String pollPath = page.url().replaceAll("^https?://[^/]+", "");
        assertThat(page.locator("h1")).hasText(TITLE);

        // María Fernanda reads Spanish first and needs interpretation; Samuel needs childcare.
        answer(
                "dac.member@example.org",
                "availability-answer-es",
                new String[] {"No", "Sí", "Si hace falta"},
                false,
                "Español");
        answer(
                "dac.secretary@example.org",
                "availability-answer-en",
                new String[] {"If need be", "Yes", "No"},
                true,
                null);
        answer(
                "hannah.becker@example.org",
                "availability-answer-hannah",
                new String[] {"Yes", "Yes", "Yes"},
                false,
                null);

        visit(pollPath, "find-a-time-ranking");
        Locator best = page.locator("#candidate-1");
        assertThat(best).containsText("Place 1:");
        assertThat(best).containsText("3 yes, 0 if need be, 0 no");
        assertThat(best).containsText("1 person needs Spanish interpretation.");
        assertThat(best).containsText("Above the next time because more people said yes.");
        assertThat(page.locator("#candidate-2")).containsText("1 person needs childcare.");
        assertThat(page.locator("#candidate-3")).containsText("Starts before 17:30 on a weekday");
        assertThat(page.locator("#who-answered")).containsText("Answered (3)");
        String chosen = page.locator("#candidate-1 h3").innerText().replaceAll("^Place 1: ", "");

        // Said by speech input as it reads, so announced starting with those words, then which time.
        assertThat(page.locator("#choose-1")).hasText("Choose this time");
        assertThat(page.locator("#choose-1")).hasAccessibleName(Pattern.compile("^Choose this time: .+"));
        page.locator("#choose-1").click();
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "choose-a-time confirmation");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Choose this time").setExact(true))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#created-meeting")).isVisible();
        BrowserSupport.assertAccessible(page, "poll after choosing");
        BrowserSupport.screenshots(page, "find-a-time-decided");

        page.locator("#created-meeting").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator(".facts")).containsText(chosen.substring(0, chosen.indexOf(" –")));
        assertThat(page.locator(".facts")).containsText("Board Room");
        assertThat(page.locator(".facts")).containsText("Step-free entrance on the east side");
        assertThat(page.locator(".facts")).containsText("+1 720 555 0100, code 4321");
        assertThat(page.locator(".facts")).containsText("Somali");
        assertThat(page.locator("a[href='https://meet.example.org/dac-spring']").first())
                .isVisible();
        BrowserSupport.screenshots(page, "find-a-time-meeting");

        long meetingId =
                Long.parseLong(page.url().replaceAll(".*/meetings/", "").replaceAll("[?#].*", ""));

        visit("/meetings?body=dac", "meetings-with-chosen-time");
        assertThat(page.getByText(TITLE).first()).isVisible();

        // The body's feed carries the meeting, read by a parser other than the one that wrote it.
        var response = page.request().get("http://localhost:" + port + "/feeds/committees/dac.ics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("text/calendar");
        ICalendar feed = Biweekly.parse(response.text()).first();
        var event = feed.getEvents().stream()
                .filter(e -> e.getUid().getValue().startsWith("meeting-" + meetingId + "@"))
                .findFirst()
                .orElseThrow();
        assertThat(event.getSummary().getValue()).contains(TITLE);
        assertThat(event.getLocation().getValue()).contains("Education Center");
        assertThat(event.getDescription().getValue()).contains("/meetings/" + meetingId);
        var start = event.getDateStart().getValue().getRawComponents();
        assertThat(start.getHour()).isEqualTo(18);
        assertThat(LocalDate.of(start.getYear(), start.getMonth(), start.getDate()))
                .isEqualTo(today.plusDays(16));
        // Everyone asked is told, in their own language.
        assertThat(Mailbox.to(
                        mail,
                        "dac.member@example.org",
                        "Fecha de reunión elegida: " + TITLE,
                        1,
                        Duration.ofSeconds(15)))
                .hasSize(1);
        assertThat(Mailbox.to(
                        mail, "hannah.becker@example.org", "Meeting time chosen: " + TITLE, 1, Duration.ofSeconds(15)))
                .hasSize(1);
    }
}
