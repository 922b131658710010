package roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.attendance.CapacityService;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.attendance.checkin.CheckInService;
import roundtable.attendance.checkin.CheckInSheets;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.committees.Appointment;
import roundtable.committees.BodyEditor;
import roundtable.committees.CommitteeService;
import roundtable.committees.Position;
import roundtable.committees.RosterExport;
import roundtable.committees.RosterImport;
import roundtable.committees.RosterMember;
import roundtable.committees.RosterReader;
import roundtable.committees.RosterSeat;
import roundtable.committees.RosterService;
import roundtable.committees.SeatAssignment;
import roundtable.languageservices.AccessRequestDesk;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.LanguageDemandService;
import roundtable.languageservices.LanguageNeedsService;
import roundtable.languageservices.RosterFilter;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaService;
import roundtable.meetings.MeetingCalendarService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesTranslations;
import roundtable.notifications.NotificationService;
import roundtable.people.PersonService;
import roundtable.people.ProfileService;
import roundtable.scheduling.PollDecisions;
import roundtable.scheduling.PollProposal;
import roundtable.scheduling.SchedulingService;
import roundtable.security.AccessDecisions.Person;

/**
 * The access scan, services: what the pages never offer the wrong person is refused by the
 * services too, whichever way they are called. A DAC chair or secretary cannot touch FAC's roster,
 * meetings or minutes (not even by passing DAC's id with FAC's records); a member reads neither
 * anyone's requests for help nor contact details beyond their own committee; a visitor calls no
 * member service. Each line is one attempt; every attempt must be refused and change nothing.
 */
@IntegrationTest
class ServiceAccessScanTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    CommitteeService committees;

    @Autowired
    BodyEditor bodyEditor;

    @Autowired
    LanguageNeedsService languageNeeds;

    @Autowired
    RosterReader rosters;

    @Autowired
    RosterService roster;

    @Autowired
    RosterExport rosterExport;

    @Autowired
    RosterImport rosterImport;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    AgendaService agenda;

    @Autowired
    MeetingCalendarService calendar;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    CapacityService capacity;

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInSheets sheets;

    @Autowired
    AccessRequestDesk desk;

    @Autowired
    LanguageDemandService languageDemand;

    @Autowired
    InterpreterRoster interpreters;

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
    SchedulingService scheduling;

    @Autowired
    PollDecisions decisions;

    @Autowired
    PersonService people;

    @Autowired
    ProfileService profiles;

    @Autowired
    AuditService audit;

    @Autowired
    NotificationService notifications;

    private final List<String> notRefused = new ArrayList<>();

    long dac;
    long fac;
    long facMeeting;
    long facPastMeeting;
    long facMinutes;
    long dacMeeting;
    long dacPastMeeting;
    long facPoll;

    @BeforeEach
    void lookUpDemoIds() {
        DemoIds.prepare(context);
        dac = committees.findBySlug("dac").orElseThrow().id();
        fac = committees.findBySlug("fac").orElseThrow().id();
        facMeeting = DemoIds.id(context, "facMeeting");
        facPastMeeting = DemoIds.id(context, "facPastMeeting");
        facMinutes = DemoIds.id(context, "facMinutes");
        dacMeeting = DemoIds.id(context, "dacMeeting");
        dacPastMeeting = DemoIds.id(context, "dacPastMeeting");
        facPoll = DemoIds.id(context, "facPoll");
    }

    @Test
    void dacChairCannotChangeFacsRoster() {
        List<RosterMember> before = admin(() -> roster.members(fac, null, 0, 100));
        RosterMember facMember = before.getFirst();
        long facSeats =
                admin(() -> roster.overview(fac)).seatGroups().getFirst().id();
        long someone = people.idOf("dac.member@example.org").orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(DENVER));
        SeatAssignment facSeat = new SeatAssignment(facSeats, someone, null, Position.MEMBER, today, null);

        refused(Person.DAC_CHAIR, "read FAC's roster with contacts", () -> roster.members(fac, null, 0, 10));
        refused(Person.DAC_CHAIR, "search people to seat on FAC", () -> roster.candidates(fac, "ma", 0, 10));
        refused(Person.DAC_CHAIR, "fill a seat on FAC", () -> roster.fillSeat(fac, facSeat));
        refused(
                Person.DAC_CHAIR,
                "end a FAC term",
                () -> roster.endTerm(fac, facMember.membershipId(), facMember.version(), today, "Gone"));
        refused(
                Person.DAC_CHAIR,
                "renew a FAC term",
                () -> roster.renewTerm(fac, facMember.membershipId(), facMember.version(), today.plusYears(3)));
        refused(
                Person.DAC_CHAIR,
                "change a FAC position",
                () -> roster.changePosition(fac, facMember.membershipId(), facMember.version(), Position.ALTERNATE));
        refused(
                Person.DAC_CHAIR,
                "appoint to FAC",
                () -> bodyEditor.appoint(fac, new Appointment(null, someone, Position.MEMBER, today, null)));
        refused(
                Person.DAC_CHAIR,
                "rewrite FAC's description",
                () -> bodyEditor.describeBody(
                        fac, committees.find(fac).orElseThrow().version(), "<p>Ours now</p>"));
        refused(Person.DAC_CHAIR, "export FAC's roster", () -> rosterExport.export(fac));
        refused(
                Person.DAC_CHAIR,
                "import into FAC's roster",
                () -> rosterImport.preview(
                        fac, new ByteArrayInputStream("name,email\n".getBytes(StandardCharsets.UTF_8)), rows -> {}));
        // DAC's own id with FAC's records: the records are checked against the body, not only the body's id.
        refused(Person.DAC_CHAIR, "fill FAC's seat under DAC's name", () -> roster.fillSeat(dac, facSeat));
        refused(
                Person.DAC_CHAIR,
                "end a FAC term under DAC's name",
                () -> roster.endTerm(dac, facMember.membershipId(), facMember.version(), today, "Gone"));
        refused(
                Person.DAC_CHAIR,
                "change a FAC position under DAC's name",
                () -> roster.changePosition(dac, facMember.membershipId(), facMember.version(), Position.ALTERNATE));
        refused(
                Person.DAC_CHAIR,
                "renew a FAC term under DAC's name",
                () -> roster.renewTerm(dac, facMember.membershipId(), facMember.version(), today.plusYears(3)));

        assertThat(notRefused).isEmpty();
        assertThat(admin(() -> roster.members(fac, null, 0, 100)))
                .as("FAC's roster is as it was")
                .isEqualTo(before);
    }

    @Test
    void dacChairAndSecretaryCannotTouchFacsMeetings() {
        MeetingSummary before = admin(() -> meetings.find(facMeeting).orElseThrow());
        MeetingData facData = meetingOf(fac);
        for (Person who : List.of(Person.DAC_CHAIR, Person.DAC_SECRETARY)) {
            refused(who, "schedule a FAC meeting", () -> planning.scheduleMeeting(facData));
            refused(who, "draft a FAC meeting", () -> planning.draftMeeting(facData));
            refused(who, "list FAC's meetings to manage", () -> meetings.meetingsToManage(fac, 0, 10));
            refused(who, "edit a FAC meeting", () -> planning.updateMeeting(facMeeting, before.version(), facData));
            refused(
                    who,
                    "move a FAC meeting to DAC",
                    () -> planning.updateMeeting(facMeeting, before.version(), meetingOf(dac)));
            refused(who, "cancel a FAC meeting", () -> planning.cancelMeeting(facMeeting, before.version(), "No"));
            refused(who, "record a FAC meeting held", () -> planning.recordHeld(facPastMeeting));
            refused(
                    who,
                    "add to a FAC agenda",
                    () -> agenda.addAgendaItem(facMeeting, new AgendaItemData("Sneaked in", null, 5, null, false)));
            refused(who, "limit a FAC meeting's places", () -> capacity.setCapacity(facMeeting, 3));
            refused(who, "read a FAC meeting's attendance counts", () -> capacity.overview(facMeeting));
            refused(who, "open a FAC check-in sheet", () -> sheets.checkInSheet(facMeeting));
            refused(who, "propose FAC meeting times", () -> scheduling.proposeTimes(fac, poll()));
            refused(who, "list FAC's polls", () -> scheduling.polls(fac));
            refused(who, "discard a FAC meeting as a draft", () -> planning.discardDraft(facMeeting, before.version()));
            refused(who, "check FAC's meeting for clashes", () -> planning.conflicts(facData, null));
            refused(who, "reorder a FAC agenda", () -> agenda.reorderAgenda(facMeeting, List.of()));
            refused(who, "read FAC's poll answers", () -> decisions.results(facPoll));
            refused(who, "choose a time for FAC", () -> decisions.decide(facPoll, 1, 0));
            refused(who, "close FAC's poll", () -> decisions.closePoll(facPoll, 0));
        }
        assertThat(notRefused).isEmpty();
        assertThat(admin(() -> meetings.find(facMeeting).orElseThrow()))
                .as("FAC's meeting is as it was")
                .isEqualTo(before);
    }

    @Test
    void dacChairAndSecretaryCannotKeepFacsMinutes() {
        var before = archive.findPublished(facMinutes).orElseThrow();
        for (Person who : List.of(Person.DAC_CHAIR, Person.DAC_SECRETARY)) {
            refused(who, "start FAC minutes", () -> minutes.startDraft(facPastMeeting));
            refused(who, "read FAC's working minutes", () -> minutes.draftOf(facPastMeeting));
            refused(who, "edit FAC minutes", () -> minutes.saveDraft(facMinutes, 0, null));
            refused(who, "submit FAC minutes", () -> minutes.submit(facMinutes, 0));
            refused(who, "send FAC minutes back", () -> minutes.returnToDraft(facMinutes, 0));
            refused(who, "approve FAC minutes", () -> approval.approve(facMinutes, 0, null));
            refused(who, "approve FAC minutes at a DAC meeting", () -> approval.approve(facMinutes, 0, dacPastMeeting));
            refused(who, "read FAC's publishing warnings", () -> publishing.publishWarnings(facMinutes));
            refused(who, "publish FAC minutes", () -> publishing.publish(facMinutes, 0, true));
            refused(who, "amend FAC minutes", () -> approval.amend(facMinutes, 0, "Our correction"));
            refused(
                    who,
                    "translate FAC minutes",
                    () -> minutesTranslations.addTranslation(facMinutes, "es", "<p>Hola</p>"));
            refused(who, "list FAC's translations", () -> minutesTranslations.translationsOf(facMinutes));
        }
        assertThat(notRefused).isEmpty();
        assertThat(archive.findPublished(facMinutes).orElseThrow())
                .as("FAC's minutes are as they were")
                .isEqualTo(before);
    }

    @Test
    void membersReadNoOnesRequestsForHelpNorContactsBeyondTheirCommittee() {
        YearMonth month = YearMonth.now(clock.withZone(DENVER));
        for (Person who : List.of(Person.DAC_MEMBER, Person.DAC_CHAIR, Person.DAC_SECRETARY)) {
            refused(who, "read the language services queue", () -> desk.queue(true, 0, 10));
            refused(who, "read who asked for what at a meeting", () -> desk.requestsIn(dacMeeting, null));
            refused(who, "read the language demand", () -> languageDemand.demand(month, month));
            refused(who, "read the interpreter roster", () -> interpreters.count(RosterFilter.active()));
            refused(who, "read every body's language needs", () -> languageNeeds.languageNeeds());
            refused(who, "search everyone's details", () -> people.search("a", 0, 10));
            refused(who, "read the audit trail", () -> audit.search(null, 0, 10));
            refused(who, "read the email outbox", () -> notifications.outbox(null, 0, 10));
        }
        refused(Person.DAC_MEMBER, "read DAC's roster with contacts", () -> roster.members(dac, null, 0, 10));
        refused(Person.DAC_MEMBER, "read attendance counts", () -> capacity.overview(dacMeeting));
        refused(Person.DAC_MEMBER, "open the check-in sheet", () -> sheets.checkInSheet(dacMeeting));
        refused(Person.DAC_MEMBER, "read the minutes being written", () -> minutes.draftOf(dacPastMeeting));
        refused(Person.DAC_MEMBER, "read FAC's member roster", () -> rosters.memberRoster(fac));
        refused(Person.COORDINATOR, "read DAC's member roster", () -> rosters.memberRoster(dac));
        assertThat(notRefused).isEmpty();

        // The Partnership keeps members' addresses to its chair (DAC shares them, the demo's one body that
        // does): a member reads fellow members' names, not how to reach them.
        long partnership = committees
                .findBySlug("partnership-for-fiscal-sustainability")
                .orElseThrow()
                .id();
        assertThat(seats(Person.DAC_MEMBER, partnership)).isNotEmpty().allSatisfy(seat -> {
            assertThat(seat.email()).isNull();
            assertThat(seat.phone()).isNull();
        });
        assertThat(seats(Person.ADMIN, partnership))
                .anySatisfy(seat -> assertThat(seat.email()).isNotNull());
    }

    private List<RosterSeat> seats(Person who, long bodyId) {
        return RunAs.as(users, who.email, () -> rosters.memberRoster(bodyId)).constituencies().stream()
                .flatMap(c -> c.members().stream())
                .filter(seat -> !seat.formerMember())
                .toList();
    }

    @Test
    void visitorsCallNoMemberService() {
        refused(Person.ANONYMOUS, "read their committees", () -> committees.myBodies());
        refused(Person.ANONYMOUS, "read a profile", () -> profiles.myProfile());
        refused(Person.ANONYMOUS, "download someone's data", () -> profiles.exportMyData());
        refused(Person.ANONYMOUS, "read contact details", () -> people.contacts(List.of(1L)));
        refused(Person.ANONYMOUS, "search the directory", () -> people.directory("ma", 0, 10));
        refused(Person.ANONYMOUS, "read DAC's member roster", () -> rosters.memberRoster(dac));
        refused(Person.ANONYMOUS, "RSVP as a member", () -> attendance.rsvp(dacMeeting, Response.IN_PERSON, null));
        refused(Person.ANONYMOUS, "make a private calendar link", () -> calendar.createMyFeedLink());
        refused(Person.ANONYMOUS, "read DAC's roster", () -> roster.overview(dac));
        refused(Person.ANONYMOUS, "schedule a meeting", () -> planning.scheduleMeeting(meetingOf(dac)));
        refused(Person.ANONYMOUS, "open a check-in sheet", () -> sheets.checkInSheet(dacMeeting));
        refused(Person.ANONYMOUS, "start minutes", () -> minutes.startDraft(dacPastMeeting));
        assertThat(notRefused).isEmpty();
    }

    /** Tries one thing as someone; anything but a refusal (success, or another error) is noted. */
    private void refused(Person who, String what, Runnable attempt) {
        try {
            as(who, attempt);
            notRefused.add(who + " could " + what);
        } catch (AccessDeniedException | AuthenticationException expected) {
            // refused
        } catch (RuleViolationException unknownHere) {
            // "no such seat / membership in this body": a refusal that reveals nothing either
            if (!unknownHere.messageKey().contains("unknown")) {
                notRefused.add(who + " trying to " + what + " got " + unknownHere + " instead of a refusal");
            }
        } catch (RuntimeException other) {
            notRefused.add(who + " trying to " + what + " got " + other + " instead of a refusal");
        }
    }

    private void as(Person who, Runnable attempt) {
        if (who != Person.ANONYMOUS) {
            RunAs.as(users, who.email, attempt);
            return;
        }
        // As a web request without a session is: an anonymous token, not an empty context.
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext visitor = SecurityContextHolder.createEmptyContext();
        visitor.setAuthentication(new AnonymousAuthenticationToken(
                "access-scan", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        TestSecurityContextHolder.setContext(visitor);
        try {
            attempt.run();
        } finally {
            TestSecurityContextHolder.setContext(before);
        }
    }

    private <T> T admin(Supplier<T> read) {
        return RunAs.as(users, "admin@example.org", read);
    }

    private MeetingData meetingOf(long bodyId) {
        LocalDateTime start = LocalDate.now(clock.withZone(DENVER)).plusDays(50).atTime(18, 0);
        return new MeetingData(
                bodyId,
                "Access scan meeting",
                start,
                DENVER,
                60,
                MeetingFormat.IN_PERSON,
                "Education Center",
                null,
                true,
                List.of(),
                null);
    }

    private PollProposal poll() {
        LocalDate today = LocalDate.now(clock.withZone(DENVER));
        return new PollProposal(
                "Not ours",
                60,
                new MeetingPlace(MeetingFormat.IN_PERSON, "Education Center", null, List.of()),
                true,
                List.of(today.plusDays(40).atTime(18, 0), today.plusDays(41).atTime(18, 0)),
                Set.of(),
                List.of("access.scan@example.net"),
                today.plusDays(30).atTime(12, 0));
    }
}
