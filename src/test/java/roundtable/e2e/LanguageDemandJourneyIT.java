package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.notifications.NotificationService;

/**
 * Lucía (language services, reads Spanish) looks at interpretation demand over the past and coming
 * months to plan staffing, reads it as a table and a chart on a desktop and a phone, and downloads it.
 */
class LanguageDemandJourneyIT extends BrowserTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    UserDetailsService users;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(30));
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    void theCoordinatorReadsDemandByMonthAndLanguageOnADesktopAndAPhoneAndDownloadsIt() {
        YearMonth now = YearMonth.now(DENVER);
        // Months of use, made as members make them: RSVPs first, then meetings held (moved to their past day).
        meetingWithRequests(now.minusMonths(4), "es", "vi", "CONFIRMED", "CONFIRMED");
        meetingWithRequests(now.minusMonths(2), "es", "es", "CONFIRMED", "UNABLE");
        meetingWithRequests(now.minusMonths(2), "es", "ase", "CONFIRMED", "CONFIRMED");
        meetingWithRequests(now.plusMonths(2), "es", "zh", "CONFIRMED", "CONFIRMED");

        signIn("language.services@example.org", PASSWORD);
        visit("/language-services/demand", "language-demand");

        assertThat(page.locator("h1")).hasText("Demanda de interpretación");
        assertThat(page.locator("#interpretation-table caption"))
                .containsText("Solicitudes de interpretación por mes e idioma");
        assertThat(page.locator("#interpretation-table tbody tr")).hasCount(13);
        assertThat(page.locator("#interpretation-table tbody tr").first().locator("th"))
                .containsText("pasado");
        assertThat(page.locator("#interpretation-table tbody tr").last().locator("th"))
                .containsText("próximo");
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Vietnamita")))
                .isVisible();
        assertThat(page.locator("#demand-chart li")).hasCount(13);
        assertThat(page.locator("#demand-chart li").nth(2)).containsText("2 solicitudes");
        assertThat(page.locator("#demand-chart li").nth(4)).containsText("4 solicitudes");
        assertThat(page.locator("#demand-chart li").nth(4)).containsText("pasado");
        assertThat(page.locator("#demand-chart li").nth(8)).containsText("próximo");

        page.setViewportSize(BrowserSupport.PHONE_WIDTH, 740);
        BrowserSupport.settle(page);
        Object pageScrollsSideways =
                page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(pageScrollsSideways)
                .as("at 360 px only the table's own box scrolls")
                .isEqualTo(false);
        Object tableScrolls = page.evaluate("() => { const box = document.querySelector('.table-scroll');"
                + " return box.scrollWidth > box.clientWidth; }");
        assertThat(tableScrolls).isEqualTo(true);
        // The app scrolls inside its layout, so a full-page screenshot stops at the first screen: these show the rest.
        for (String part : List.of("demand-chart", "interpretation-table", "translation-table")) {
            page.locator("#" + part).scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.SCREENSHOTS.resolve("language-demand-" + part + "-phone.png")));
        }
        page.setViewportSize(1280, 900);
        BrowserSupport.settle(page);
        page.locator("#interpretation-table").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("language-demand-table-desktop.png")));

        Download download =
                page.waitForDownload(() -> page.locator("#demand-download").click());
        assertThat(download.suggestedFilename())
                .isEqualTo("interpretation-demand-" + now.minusMonths(6) + "-to-" + now.plusMonths(6) + ".csv");
        String csv = readString(download);
        assertThat(csv.lines().findFirst())
                .hasValue("month,period,language_code,language,requests,meetings,confirmed,unable");
        assertThat(csv).contains(now.minusMonths(2) + ",past,es,Español,").contains(",Todos los idiomas,");

        // A year back instead, chosen from the list: the address keeps the range.
        page.locator("#demand-from").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions()
                                .setName(monthName(now.minusMonths(12)))
                                .setExact(true))
                .click();
        BrowserSupport.settle(page);
        assertThat(page)
                .hasURL(Pattern.compile(
                        "/language-services/demand\\?from=" + now.minusMonths(12) + "&to=" + now.plusMonths(6) + "$"));
        assertThat(page.locator("#interpretation-table tbody tr")).hasCount(19);
        BrowserSupport.assertAccessible(page, "language demand, a year back");
    }

    /** Spanish month names start lower-case; the page capitalises them to start a line. */
    private static String monthName(YearMonth month) {
        String name = DateTimeFormatter.ofLocalizedPattern("yMMMM")
                .withLocale(Locale.forLanguageTag("es"))
                .format(month);
        return name.substring(0, 1).toUpperCase(Locale.forLanguageTag("es")) + name.substring(1);
    }

    private static String readString(Download download) {
        try {
            return Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A closed DAC meeting in that month where the chair and the secretary each asked for a language,
     * marked as the coordinator's desk would. A past one is scheduled ahead, answered, then moved back.
     */
    private void meetingWithRequests(
            YearMonth month, String chairs, String secretarys, String chairStatus, String secretaryStatus) {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        LocalDate day = month.atDay(12);
        boolean past = month.isBefore(YearMonth.now(DENVER));
        LocalDate answerable = past ? LocalDate.now(DENVER).plusDays(20) : day;
        long id = as(
                "admin@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        "Demand journey meeting",
                        answerable.atTime(18, 0),
                        DENVER,
                        60,
                        MeetingFormat.IN_PERSON,
                        "Jeffco Education Center, 1829 Denver West Dr",
                        null,
                        false,
                        List.of("es"),
                        null)));
        ask("dac.chair@example.org", id, chairs);
        ask("dac.secretary@example.org", id, secretarys);
        if (past) {
            as("admin@example.org", () -> {
                var meeting = meetings.find(id).orElseThrow();
                return planning.updateMeeting(
                        id, meeting.version(), meeting.data().startingAt(day.atTime(18, 0)));
            });
        }
        mark(id, "dac.chair@example.org", chairStatus);
        mark(id, "dac.secretary@example.org", secretaryStatus);
    }

    private void ask(String who, long meetingId, String language) {
        as(
                who,
                () -> attendance.rsvp(
                        meetingId,
                        Response.IN_PERSON,
                        new AccessNeeds(
                                language, InterpretationMode.IN_PERSON, null, Set.of(), null, null, null, false)));
    }

    /** What the coordinator's desk records, set directly: these requests never wait on anyone's desk. */
    private void mark(long meetingId, String who, String status) {
        jdbc.update(
                "update access_request set status = ? where meeting_id = ? and rsvp_id = (select r.id from rsvp r"
                        + " join person p on p.id = r.person_id where r.meeting_id = ? and p.email = ?)",
                status,
                meetingId,
                meetingId,
                who);
    }

    private <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }
}
