package roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.GuestRsvpChanges;
import roundtable.attendance.GuestRsvps;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.base.i18n.Language;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.notifications.NotificationService;

/**
 * María Fernanda (DAC member, reads Spanish) says she will come in person and asks for Spanish
 * interpretation from the meeting's page; her confirmation email is in Spanish and names the meeting.
 */
class RsvpJourneyIT extends BrowserTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    GuestRsvpChanges guestChanges;

    @Autowired
    GuestRsvps guests;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(30));
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    void aMemberRsvpsInPersonAndAsksForSpanishInterpretation() {
        LocalDateTime notLate = LocalDateTime.now(ZoneId.of("America/Denver")).plusDays(8);
        long meeting = jdbc.queryForObject(
                "select m.id from meeting m join body b on b.id = m.body_id"
                        + " where b.slug = 'dac' and m.status = 'SCHEDULED' and m.starts_at_local > ?"
                        + " order by m.starts_at_local fetch first 1 rows only",
                Long.class,
                notLate);

        signIn("dac.member@example.org", PASSWORD);
        visit("/meetings/" + meeting, "meeting-rsvp-member");
        page.locator("#rsvp-response")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Asistiré en persona"))
                .check();
        page.locator("#rsvp-interpretation").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Español").setExact(true))
                .click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#rsvp-interpretation-mode")).isVisible();
        page.locator("#rsvp-save").click();
        BrowserSupport.settle(page);

        assertThat(page.locator("#rsvp-status")).containsText("Asistiré en persona");
        assertThat(page.locator("#rsvp-status")).containsText("Confirmado");
        BrowserSupport.assertAccessible(page, "meeting RSVP saved");
        BrowserSupport.screenshots(page, "meeting-rsvp-member-saved");

        var email = Mailbox.to(
                        mail, "dac.member@example.org", "Su asistencia está confirmada", 1, Duration.ofSeconds(20))
                .getFirst();
        String body = Mailbox.body(email);
        assertThat(body)
                .contains("DAC monthly meeting")
                .contains("/meetings/" + meeting)
                .containsPattern("M[SD]T");

        // The chair sees the counts, with Spanish interpretation among them, and nobody's name.
        freshContext();
        signIn("dac.chair@example.org", PASSWORD);
        visit("/meetings/" + meeting, "meeting-rsvp-chair");
        assertThat(page.locator("#rsvp-overview")).containsText("Interpretation: Spanish");
        assertThat(page.locator("#rsvp-overview")).not().containsText("María");
        page.locator("#rsvp-places").scrollIntoViewIfNeeded();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/meeting-rsvp-chair-counts.png")));

        // Lucía, the language services coordinator, finds it under the meeting, assigns Ana and confirms.
        freshContext();
        signIn("language.services@example.org", PASSWORD);
        visit("/language-services/requests", "language-requests");
        String group = "#group-" + meeting + "-interpretation-es";
        assertThat(page.locator("#desk-meeting-" + meeting)).containsText("DAC monthly meeting");
        assertThat(page.locator(group)).containsText("Interpretación: Español");
        page.locator(group + "-show").click();
        BrowserSupport.settle(page);
        assertThat(page.locator(group + "-lines")).containsText("María Fernanda Ruiz");
        BrowserSupport.assertAccessible(page, "language requests with who asked");
        BrowserSupport.screenshots(page, "language-requests-details");
        page.locator(group + "-group-assign").click();
        BrowserSupport.settle(page);
        // Checked before the list opens: Vaadin's own drop-down scroller carries no name while it is open.
        BrowserSupport.assertAccessible(page, "assign interpreter dialog");
        page.locator("#assign-interpreter input").fill("Ana");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Ana Morales")))
                .click();
        page.locator("vaadin-combo-box-overlay")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        BrowserSupport.screenshots(page, "language-requests-assign");
        page.locator("#assign-confirm").click();
        BrowserSupport.settle(page);
        assertThat(page.locator(group)).containsText("Ana Morales");
        page.locator(group + "-group-confirm").click();
        BrowserSupport.settle(page);
        page.locator("#settled-too").click();
        BrowserSupport.settle(page);
        assertThat(page.locator(group)).containsText("Confirmado");
        BrowserSupport.screenshots(page, "language-requests-confirmed");

        String confirmed =
                Mailbox.body(Mailbox.to(mail, "dac.member@example.org", "Confirmado", 1, Duration.ofSeconds(20))
                        .getFirst());
        assertThat(confirmed)
                .contains("DAC monthly meeting")
                .contains("Interpretación: Español")
                .contains("está confirmado")
                .containsPattern("M[SD]T")
                .contains("Education Center");
    }

    private void freshContext() {
        context.close();
        context = watched(browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US")));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @Test
    void aGuestRsvpsToAnAllianceGatheringWithAnAslRequestAndConfirmsByEmail() {
        long meeting = jdbc.queryForObject(
                "select m.id from meeting m join body b on b.id = m.body_id"
                        + " where b.slug = 'jeffco-alliance' and m.status = 'SCHEDULED' and m.public_meeting"
                        + " and m.starts_at_local > ? order by m.starts_at_local fetch first 1 rows only",
                Long.class,
                LocalDateTime.now(ZoneId.of("America/Denver")));

        visit("/meetings/" + meeting, "meeting-rsvp-guest");
        page.locator("#rsvp-name input").fill("Jordan Guest");
        page.locator("#rsvp-email input").fill("jordan.guest@example.net");
        page.locator("#rsvp-response")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("I will attend in person"))
                .check();
        page.locator("#rsvp-interpretation").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("ASL").setExact(true))
                .click();
        page.locator("#rsvp-save").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#rsvp-status")).containsText("Check your email");

        String path = Mailbox.awaitLink(
                        mail, "jordan.guest@example.net", "Please confirm", "/rsvp/confirm/", Duration.ofSeconds(20))
                .replaceAll("^https?://[^/]+", "");
        visit(path, "rsvp-confirm-guest");
        assertThat(page.locator("#rsvp-status")).hasCount(0);
        page.locator("#rsvp-confirm").click();
        BrowserSupport.settle(page);
        assertThat(page.locator("#rsvp-status")).containsText("Confirmed");
        BrowserSupport.assertAccessible(page, "guest RSVP confirmed");
        BrowserSupport.screenshots(page, "rsvp-confirm-guest-done");

        String manage = Mailbox.awaitLink(
                        mail, "jordan.guest@example.net", "You are confirmed", "/rsvp/manage/", Duration.ofSeconds(20))
                .replaceAll("^https?://[^/]+", "");
        visit(manage, "rsvp-manage-guest");
        assertThat(page.locator("#rsvp-interpretation")).containsText("ASL");
    }

    /** A hybrid meeting of this test's own, far enough ahead that no request is late. */
    long hybridMeeting(String slug, String title, int inDays, boolean publicMeeting) {
        long body = committees.findBySlug(slug).orElseThrow().id();
        LocalDateTime start = LocalDateTime.now(ZoneId.of("America/Denver"))
                .toLocalDate()
                .plusDays(inDays)
                .atTime(12, 0);
        return RunAs.as(
                users,
                "admin@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        body,
                        title,
                        start,
                        ZoneId.of("America/Denver"),
                        90,
                        MeetingFormat.HYBRID,
                        "Education Center, 1829 Denver West Dr",
                        "https://meet.example.org/changed-answers",
                        publicMeeting,
                        List.of("es", "ase"),
                        null)));
    }

    void choose(String answer) {
        page.locator("#rsvp-response")
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(answer))
                .check();
        BrowserSupport.settle(page);
    }

    void press(String id) {
        page.locator("#" + id).click();
        BrowserSupport.settle(page);
    }

    /** The requests of this meeting the coordinator's desk follows (withdrawn ones are closed). */
    List<String> onTheDesk(long meetingId) {
        return jdbc.queryForList(
                "select kind || ':' || coalesce(interpretation_mode, '-') || ':' || status"
                        + " from access_request where meeting_id = ? and status <> 'CLOSED' order by kind",
                String.class,
                meetingId);
    }

    String calendarOf(String to, String subject) {
        return Mailbox.calendar(
                Mailbox.to(mail, to, subject, 1, Duration.ofSeconds(20)).getLast());
    }

    @Test
    void aMembersRequestsFollowHerAnswerOnlineAwayAndBackAndHerCalendarFollowsToo() {
        String title = "DAC answers that change (journey)";
        long meeting = hybridMeeting("dac", title, 437, false);
        RunAs.as(
                users,
                "dac.member@example.org",
                () -> attendance.rsvp(
                        meeting,
                        Response.IN_PERSON,
                        new AccessNeeds("es", InterpretationMode.IN_PERSON, null, Set.of(), null, 1, null, false)));

        signIn("dac.member@example.org", PASSWORD);
        visit("/meetings/" + meeting, "rsvp-changes-member");
        // Joining online: an interpreter in the room and childcare no longer fit, and she is asked about each.
        choose("Me conectaré en línea");
        assertThat(page.locator("#rsvp-follow-online-interpreter")).containsText("intérprete en la sala");
        assertThat(page.locator("#rsvp-follow-online-childcare")).containsText("ya no aplica");
        BrowserSupport.assertAccessible(page, "RSVP follow-up questions");
        BrowserSupport.screenshots(page, "rsvp-follow-ups-online");
        press("rsvp-follow-online-interpreter-yes");
        press("rsvp-follow-online-childcare-yes");
        press("rsvp-save");
        assertThat(page.locator("#rsvp-status")).containsText("Me conectaré en línea");
        assertThat(onTheDesk(meeting)).containsExactly("INTERPRETATION:SIMULTANEOUS_ONLINE:OPEN");

        // Not coming: she reads what saving withdraws, and her calendar loses the meeting.
        choose("No asistiré");
        assertThat(page.locator("#rsvp-follow-decline")).containsText("Interpretación: Español");
        press("rsvp-save");
        assertThat(page.locator("#rsvp-status")).containsText("No le esperamos");
        assertThat(onTheDesk(meeting)).as("withdrawn requests leave the desk").isEmpty();
        String cancel = calendarOf("dac.member@example.org", "No asistirá: " + title);
        assertThat(cancel)
                .contains("METHOD:CANCEL", "UID:meeting-" + meeting + "@")
                .contains("mailto:dac.member@example.org")
                .doesNotContain("STATUS:CANCELLED");

        // Coming after all: what was withdrawn is offered again, and then fitted to coming in person.
        choose("Asistiré en persona");
        assertThat(page.locator("#rsvp-follow-restore")).containsText("Interpretación: Español");
        BrowserSupport.screenshots(page, "rsvp-follow-ups-restore");
        press("rsvp-follow-restore-yes");
        assertThat(page.locator("#rsvp-follow-room-interpreter")).isVisible();
        press("rsvp-follow-room-interpreter-yes");
        press("rsvp-save");
        assertThat(page.locator("#rsvp-status")).containsText("Asistiré en persona");
        assertThat(onTheDesk(meeting))
                .as("restored requests return to the desk")
                .containsExactly("INTERPRETATION:IN_PERSON:OPEN");
        assertThat(calendarOf("dac.member@example.org", "Su asistencia está confirmada: " + title))
                .contains("METHOD:REQUEST", "UID:meeting-" + meeting + "@");
    }

    @Test
    void aGuestCancelsOnlyAfterConfirmingCanUndoAndCanAnswerAgain() {
        String title = "Alliance answers that change (journey)";
        String guest = "sam.changes@example.net";
        long meeting = hybridMeeting("jeffco-alliance", title, 438, true);
        RunAs.as(
                users,
                null,
                () -> guests.guestRsvp(
                        meeting,
                        "Sam Guest",
                        guest,
                        Language.ENGLISH,
                        Response.IN_PERSON,
                        new AccessNeeds("ase", InterpretationMode.IN_PERSON, null, Set.of(), null, null, null, false),
                        "198.51.100.62"));
        String confirm = Mailbox.awaitLink(mail, guest, title, "/rsvp/confirm/", Duration.ofSeconds(20))
                .replaceAll(".*/rsvp/confirm/", "");
        RunAs.as(users, null, () -> guestChanges.confirmGuest(confirm));
        String manage = Mailbox.awaitLink(
                        mail, guest, "You are confirmed: " + title, "/rsvp/manage/", Duration.ofSeconds(20))
                .replaceAll("^https?://[^/]+", "");

        visit(manage, "rsvp-manage-before-cancel");
        press("rsvp-cancel");
        assertThat(page.locator("#rsvp-cancel-what")).containsText("Interpretation: ASL");
        assertThat(page.locator("#rsvp-cancel-what")).containsText("undo");
        BrowserSupport.assertAccessible(page, "cancel RSVP question");
        BrowserSupport.screenshots(page, "rsvp-manage-cancel-question");
        assertThat(jdbc.queryForObject("select state from rsvp where meeting_id = ?", String.class, meeting))
                .as("one tap cancels nothing")
                .isEqualTo("CONFIRMED");
        page.locator("#rsvp-cancel-dialog vaadin-button[slot='confirm-button']").click();
        BrowserSupport.settle(page);

        assertThat(page.locator("#rsvp-status")).containsText("You cancelled your RSVP");
        assertThat(page.locator("#rsvp-status")).not().containsText("I will attend in person");
        assertThat(page.locator("#rsvp-undo")).isVisible();
        BrowserSupport.assertAccessible(page, "RSVP cancelled");
        BrowserSupport.screenshots(page, "rsvp-manage-cancelled");
        assertThat(onTheDesk(meeting)).isEmpty();
        assertThat(calendarOf(guest, "Your RSVP is cancelled: " + title))
                .contains("METHOD:CANCEL", "UID:meeting-" + meeting + "@", "mailto:" + guest);

        press("rsvp-undo");
        assertThat(page.locator("#rsvp-status")).containsText("I will attend in person");
        assertThat(page.locator("#rsvp-status")).containsText("Confirmed");
        assertThat(onTheDesk(meeting)).containsExactly("INTERPRETATION:IN_PERSON:OPEN");

        // Cancelled again, then a new answer from the same page: online, with the interpreter moved online.
        press("rsvp-cancel");
        page.locator("#rsvp-cancel-dialog vaadin-button[slot='confirm-button']").click();
        BrowserSupport.settle(page);
        choose("I will join online");
        press("rsvp-follow-restore-yes");
        press("rsvp-follow-online-interpreter-yes");
        press("rsvp-save");
        assertThat(page.locator("#rsvp-status")).containsText("I will join online");
        assertThat(onTheDesk(meeting)).containsExactly("INTERPRETATION:SIMULTANEOUS_ONLINE:OPEN");
    }
}
