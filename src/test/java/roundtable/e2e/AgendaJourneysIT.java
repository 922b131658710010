package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.RunAs;
import roundtable.committees.CommitteeService;
import roundtable.meetings.AgendaFixtures;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;

/** The DAC secretary prepares the next meeting's agenda; a visitor reads it and downloads the papers. */
class AgendaJourneysIT extends BrowserTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    private Locator titles() {
        return page.locator("#agenda-items h2");
    }

    private void addItem(String title, String presenter, String minutes) {
        page.locator("#add-agenda-item").click();
        page.locator("#agenda-item-title input").fill(title);
        page.locator("#agenda-item-presenter input").fill(presenter);
        page.locator("#agenda-item-minutes input").fill(minutes);
        BrowserSupport.settle(page);
        page.locator("#save-agenda-item").click();
        BrowserSupport.settle(page);
    }

    private void upload(String fileName, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("agenda-upload").resolve(fileName);
        Files.write(file, content);
        page.locator("#attachment-upload input[type=file]").setInputFiles(file);
        BrowserSupport.settle(page);
    }

    /** Agendas have no publishing step: an empty one says it has no items, in the reader's language. */
    @Test
    void aMeetingWithoutAgendaItemsSaysSoInEnglishAndSpanish() {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        long meetingId = RunAs.as(
                users,
                "dac.chair@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        "DAC listening tour, no agenda yet",
                        LocalDate.now().plusDays(404).atTime(18, 0),
                        ZoneId.of("America/Denver"),
                        90,
                        MeetingFormat.IN_PERSON,
                        "Wheat Ridge High School",
                        null,
                        true,
                        List.of("es"),
                        null)));
        visit("/meetings/" + meetingId, "meeting-without-agenda");
        Locator agenda = page.locator("section.agenda");
        assertThat(agenda).containsText("No agenda items yet.");
        assertThat(agenda).not().containsText("published");

        // A reader whose phone speaks Spanish.
        context.close();
        context = watched(browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("es-US")));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        visit("/meetings/" + meetingId, "meeting-without-agenda-es");
        assertThat(page.locator("section.agenda")).containsText("Aún no hay puntos en el orden del día.");
        assertThat(page.locator("section.agenda")).not().containsText("publicado");
    }

    @Test
    void secretaryPreparesTheAgendaAndAVisitorDownloadsThePapers() throws Exception {
        long meetingId = AgendaFixtures.publicDacMeeting(committees, meetings);
        signIn("dac.secretary@example.org", PASSWORD);
        visit("/meetings/" + meetingId, "meeting-for-secretary");
        page.locator("#edit-agenda").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("h1")).hasText("Agenda: DAC monthly meeting");

        page.locator("#add-agenda-item").click();
        BrowserSupport.settle(page);
        BrowserSupport.assertAccessible(page, "agenda item dialog");
        page.keyboard().press("Escape");
        addItem("Welcome and introductions", "Dana Whitfield", "5");
        addItem("Budget reduction scenarios", "Richard Howell", "45");
        assertThat(titles()).hasText(new String[] {"Welcome and introductions", "Budget reduction scenarios"});

        // Papers: a real PDF is attached; a program renamed to .pdf is refused next to the upload.
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Attachments (0) of 'Budget reduction scenarios'"))
                .click();
        BrowserSupport.settle(page);
        upload("Budget scenarios.pdf", AgendaFixtures.PDF);
        assertThat(page.locator("#attachment-list")).containsText("Budget scenarios.pdf (PDF,");
        // Larger than the servlet's default multipart limit of 1 MB, which the attachment limit replaces.
        byte[] packet = Arrays.copyOf(AgendaFixtures.PDF, 3 * 1024 * 1024);
        upload("Full packet.pdf", packet);
        assertThat(page.locator("#attachment-list")).containsText("Full packet.pdf (PDF, 3 MB)");
        upload("invoice.pdf", AgendaFixtures.PROGRAM);
        assertThat(page.locator("#attachment-status")).containsText("do not match the ending of its name");
        BrowserSupport.assertAccessible(page, "attachments dialog");
        BrowserSupport.screenshots(page, "agenda-attachments");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Close").setExact(true))
                .click();
        BrowserSupport.settle(page);

        // By keyboard: the moved item keeps the focus, on the button that can still move it.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move up 'Budget reduction scenarios'"))
                .focus();
        page.keyboard().press("Enter");
        BrowserSupport.settle(page);
        assertThat(titles()).hasText(new String[] {"Budget reduction scenarios", "Welcome and introductions"});
        assertThat(page.locator("#agenda-announcer")).hasText("'Budget reduction scenarios' is now item 1 of 2.");
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move down 'Budget reduction scenarios'")))
                .isFocused();

        // By dragging one card onto another.
        page.locator("#agenda-items li")
                .filter(new Locator.FilterOptions().setHasText("Welcome and introductions"))
                .dragTo(page.locator("#agenda-items li")
                        .filter(new Locator.FilterOptions().setHasText("Budget reduction scenarios")));
        BrowserSupport.settle(page);
        assertThat(titles()).hasText(new String[] {"Welcome and introductions", "Budget reduction scenarios"});
        BrowserSupport.assertAccessible(page, "agenda editor");
        BrowserSupport.screenshots(page, "agenda-editor");

        context.clearCookies();
        visit("/meetings/" + meetingId, "meeting-with-agenda");
        Locator agenda = page.locator("#agenda");
        assertThat(agenda.locator("h3"))
                .hasText(new String[] {"Welcome and introductions", "Budget reduction scenarios"});
        assertThat(agenda).containsText("Presenter: Richard Howell · 45 minutes");
        assertThat(page.locator("#edit-agenda")).hasCount(0);
        Download download = page.waitForDownload(
                () -> agenda.getByRole(AriaRole.LINK).first().click());
        assertThat(download.suggestedFilename()).isEqualTo("Budget scenarios.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(AgendaFixtures.PDF);
    }
}
