package roundtable.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.base.RoundtableProperties;
import roundtable.base.security.Role;
import roundtable.committees.AccessibleTimeRules;
import roundtable.committees.Appointment;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodySettings;
import roundtable.committees.CommitteeService;
import roundtable.committees.NewBody;
import roundtable.committees.SeatGroupData;
import roundtable.languageservices.InterpreterData;
import roundtable.languageservices.InterpreterKind;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.WorkingMode;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesTranslations;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;

/**
 * Fills an empty database with the district's bodies, fictional people and a season of
 * meetings and minutes, through the same use cases a person would use. Runs once: if the
 * demo administrator exists, it does nothing. All or nothing, in one transaction.
 */
@Component
@Profile("default")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PersonService people;
    private final PersonEditor personEditor;
    private final CommitteeService committees;
    private final BodyEditor bodyEditor;
    private final MeetingService meetings;
    private final MeetingPlanning planning;
    private final DemoMinutes.Steps minutes;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RoundtableProperties properties;
    private final InterpreterRoster interpreters;

    static final int MIN_UPCOMING = 4;

    private final Map<String, Long> personIds = new HashMap<>();
    private final Map<String, Long> bodyIds = new HashMap<>();
    private final Map<String, Long> groupIds = new HashMap<>();
    private LocalDate today;

    DemoData(
            PersonService people,
            PersonEditor personEditor,
            CommitteeService committees,
            BodyEditor bodyEditor,
            MeetingService meetings,
            MeetingPlanning planning,
            MinutesDrafting drafting,
            MinutesApproval approval,
            MinutesPublishing publishing,
            MinutesTranslations translations,
            TransactionTemplate transaction,
            Clock clock,
            RoundtableProperties properties,
            InterpreterRoster interpreters) {
        this.people = people;
        this.personEditor = personEditor;
        this.committees = committees;
        this.bodyEditor = bodyEditor;
        this.meetings = meetings;
        this.planning = planning;
        this.minutes = new DemoMinutes.Steps(drafting, approval, publishing, translations);
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
        this.interpreters = interpreters;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo-data", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            boolean created = Boolean.TRUE.equals(transaction.execute(tx -> {
                if (people.idOf(DemoPeople.ADMIN.email()).isPresent()) {
                    topUpMeetings();
                    return false;
                }
                today = LocalDate.now(clock.withZone(properties.defaultTimeZone()));
                createPeople();
                createBodies();
                shareContactsOnDac();
                createMeetingsAndMinutes();
                createInterpreters();
                return true;
            }));
            printAccounts(created);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** One staff interpreter and one from an agency, so the coordinator has someone to assign (no ASL by phone). */
    private void createInterpreters() {
        interpreters.addInterpreter(new InterpreterData(
                "Ana Morales",
                Set.of("es"),
                Set.of(WorkingMode.IN_PERSON, WorkingMode.SIMULTANEOUS_ONLINE, WorkingMode.WRITTEN_TRANSLATION),
                "ana.morales@example.org",
                "303-555-0161",
                InterpreterKind.STAFF,
                null,
                "Family engagement office; evenings by arrangement."));
        interpreters.addInterpreter(new InterpreterData(
                "Jordan Blake",
                Set.of("ase"),
                Set.of(WorkingMode.IN_PERSON, WorkingMode.SIMULTANEOUS_ONLINE),
                "bookings@example.org",
                "303-555-0177",
                InterpreterKind.VENDOR,
                "Front Range Interpreting",
                "Book two weeks ahead; two interpreters for meetings over two hours."));
    }

    private void createPeople() {
        for (DemoPeople.Demo d : DemoPeople.ACCOUNTS) {
            register(d);
        }
        DemoPeople.OTHERS.forEach(this::register);
        personEditor.allowSignInEncoded(
                id(DemoPeople.ADMIN), EnumSet.of(Role.ADMIN, Role.MEMBER), DemoPeople.PASSWORD_ENCODED);
        personEditor.allowSignInEncoded(
                id(DemoPeople.COORDINATOR), EnumSet.of(Role.COORDINATOR, Role.MEMBER), DemoPeople.PASSWORD_ENCODED);
        for (var d : List.of(DemoPeople.DAC_CHAIR, DemoPeople.DAC_SECRETARY, DemoPeople.DAC_MEMBER)) {
            personEditor.allowSignInEncoded(id(d), Set.of(Role.MEMBER), DemoPeople.PASSWORD_ENCODED);
        }
        // A member who never set a password: signs in by emailed link only.
        personEditor.allowSignIn(personIds.get("priya.raman@example.org"), Set.of(Role.MEMBER), null);
    }

    private void register(DemoPeople.Demo d) {
        PersonData data = PersonData.of(d.name(), d.email(), d.language())
                .withAffiliation(d.affiliation())
                .withPublicConsent(d.consent())
                .withPhone(d.phone());
        personIds.put(d.email(), personEditor.registerPerson(data));
    }

    private void createBodies() {
        for (DemoBodies.Body b : DemoBodies.ALL) {
            long bodyId = bodyEditor.createBody(new NewBody(
                    b.name(), b.acronym(), b.slug(), b.kind(), b.descriptionHtml(), true, b.quorum(), b.languages()));
            bodyIds.put(b.slug(), bodyId);
            for (DemoBodies.Seats s : b.seats()) {
                Long required = s.requiresBody() == null ? null : bodyIds.get(s.requiresBody());
                long groupId = bodyEditor.addSeatGroup(
                        bodyId, new SeatGroupData(s.name(), s.count(), s.voting(), s.termMonths(), required));
                groupIds.put(b.slug() + "/" + s.name(), groupId);
                for (DemoBodies.Member m : s.members()) {
                    LocalDate start = today.minusMonths(m.monthsServed());
                    LocalDate end = m.endsInDays() == null ? null : today.plusDays(m.endsInDays());
                    bodyEditor.appoint(
                            bodyId, new Appointment(groupId, personIds.get(m.email()), m.position(), start, end));
                }
            }
        }
    }

    /** DAC shares members' contact details with its members, so the demo shows both ways. */
    private void shareContactsOnDac() {
        var dac = committees.find(bodyIds.get("dac")).orElseThrow();
        var s = dac.settings();
        bodyEditor.configureBody(
                dac.id(),
                dac.version(),
                new BodySettings(
                        s.name(),
                        s.acronym(),
                        s.kind(),
                        s.descriptionHtml(),
                        s.rosterPublic(),
                        true,
                        s.quorumFixed(),
                        s.languagesOffered(),
                        new AccessibleTimeRules(LocalTime.of(17, 30), LocalTime.of(21, 0), Set.of(DayOfWeek.SUNDAY)),
                        s.active()));
    }

    private void createMeetingsAndMinutes() {
        for (DemoMeetings.DemoMeeting m : DemoMeetings.MEETINGS) {
            LocalDate day = weekday(today.plusDays(m.daysFromToday()));
            long meetingId = planning.scheduleMeeting(
                    m.data(bodyIds.get(m.bodySlug()), day.atTime(m.time()), properties.defaultTimeZone()));
            if (m.daysFromToday() < 0) {
                planning.recordHeld(meetingId);
                if (m.minutesPublished()) {
                    DemoMinutes.record(
                            minutes,
                            meetingId,
                            DemoMinutes.BY_MEETING.get(m.bodySlug() + "/" + m.daysFromToday()),
                            today);
                }
            }
        }
    }

    /**
     * A demo started again weeks later still has meetings ahead: when fewer than a handful
     * of public meetings are upcoming, the season's future meetings are scheduled afresh
     * from today.
     */
    private void topUpMeetings() {
        if (meetings.countUpcomingPublic() >= MIN_UPCOMING) {
            return;
        }
        today = LocalDate.now(clock.withZone(properties.defaultTimeZone()));
        for (DemoMeetings.DemoMeeting m : DemoMeetings.MEETINGS) {
            if (m.daysFromToday() > 0) {
                long bodyId = committees.findBySlug(m.bodySlug()).orElseThrow().id();
                planning.scheduleMeeting(m.data(
                        bodyId,
                        weekday(today.plusDays(m.daysFromToday())).atTime(m.time()),
                        properties.defaultTimeZone()));
            }
        }
        log.info("Demo meetings topped up from {}", today);
    }

    private static LocalDate weekday(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.plusDays(2);
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return day.plusDays(1);
        }
        return day;
    }

    private long id(DemoPeople.Demo d) {
        return personIds.get(d.email());
    }

    private void printAccounts(boolean created) {
        StringBuilder out = new StringBuilder(created ? "Demo data created." : "Demo data already present.");
        out.append(" Demo accounts (password ").append(DemoPeople.PASSWORD).append("):");
        String[] roles = {
            "district administrator",
            "chair of DAC",
            "secretary of DAC",
            "member of DAC, prefers Spanish",
            "language services coordinator"
        };
        for (int i = 0; i < DemoPeople.ACCOUNTS.size(); i++) {
            out.append("\n  ")
                    .append(String.format("%-32s %s", DemoPeople.ACCOUNTS.get(i).email(), roles[i]));
        }
        log.info(out.toString());
    }
}
