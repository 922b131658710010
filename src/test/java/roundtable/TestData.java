package roundtable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.base.i18n.Language;
import roundtable.base.security.Role;
import roundtable.committees.Appointment;
import roundtable.committees.BodyEditor;
import roundtable.committees.BodyKind;
import roundtable.committees.NewBody;
import roundtable.committees.Position;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;

/**
 * The bodies, people and meetings a test needs, made through the services as an administrator would,
 * each with names, slugs and addresses no other test uses: a test that makes its own data never
 * meets another's. Reads as the test's set-up:
 *
 * <pre>
 * TestBody body = data.aBody().offering("es").create();
 * TestPerson chair = data.aPerson().chairOf(body).create();
 * long meeting = data.aMeeting(body).inDays(10).create();
 * </pre>
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "Test-password-2026";
    public static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String ADMIN = "admin@example.org";
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Tells runs apart that share a database (the PostgreSQL tests). */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private final BodyEditor bodyEditor;
    private final PersonEditor personEditor;
    private final MeetingPlanning meetings;
    private final UserDetailsService users;
    private final Clock clock;

    TestData(
            BodyEditor bodyEditor,
            PersonEditor personEditor,
            MeetingPlanning meetings,
            UserDetailsService users,
            Clock clock) {
        this.bodyEditor = bodyEditor;
        this.personEditor = personEditor;
        this.meetings = meetings;
        this.users = users;
        this.clock = clock;
    }

    /** A word no other test has: {@code prefix-<run><n>}, fit for slugs and addresses when the prefix is. */
    public static String unique(String prefix) {
        return prefix + "-" + suffix();
    }

    /** What makes a name unique: this run's mark and a number. */
    private static String suffix() {
        return RUN + SEQUENCE.incrementAndGet();
    }

    /** An address no other test has. */
    public static String email(String name) {
        return unique(name).toLowerCase(Locale.ROOT) + "@example.org";
    }

    /** A client address no other test has, for what is counted per address (rate limits). */
    public static String ipAddress() {
        long n = SEQUENCE.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    public BodyBuilder aBody() {
        return new BodyBuilder();
    }

    public PersonBuilder aPerson() {
        return new PersonBuilder();
    }

    public MeetingBuilder aMeeting(TestBody body) {
        return new MeetingBuilder(body.id());
    }

    public record TestBody(long id, String slug, String name) {}

    public record TestPerson(long id, String email, String fullName) {}

    public final class BodyBuilder {

        private String name = "Test Committee " + suffix();
        private BodyKind kind = BodyKind.ADVISORY_COMMITTEE;
        private boolean rosterPublic = true;
        private List<String> languages = List.of();

        public BodyBuilder named(String value) {
            name = value + " " + suffix();
            return this;
        }

        public BodyBuilder kind(BodyKind value) {
            kind = value;
            return this;
        }

        public BodyBuilder privateRoster() {
            rosterPublic = false;
            return this;
        }

        /** Languages the body offers interpretation into at its meetings. */
        public BodyBuilder offering(String... tags) {
            languages = List.of(tags);
            return this;
        }

        public TestBody create() {
            String slug = unique("body").toLowerCase(Locale.ROOT);
            long id = RunAs.as(
                    users,
                    ADMIN,
                    () -> bodyEditor.createBody(
                            new NewBody(name, null, slug, kind, null, rosterPublic, null, languages)));
            return new TestBody(id, slug, name);
        }
    }

    public final class PersonBuilder {

        private String fullName = "Test Person " + suffix();
        private Language language = Language.ENGLISH;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private final List<Seat> seats = new ArrayList<>();

        private record Seat(long bodyId, Position position) {}

        public PersonBuilder named(String value) {
            fullName = value;
            return this;
        }

        public PersonBuilder speaking(Language value) {
            language = value;
            return this;
        }

        /** May sign in (password {@link #PASSWORD}) with these roles; members of a body may sign in as MEMBER. */
        public PersonBuilder withRoles(Role... value) {
            roles.addAll(List.of(value));
            return this;
        }

        public PersonBuilder memberOf(TestBody body) {
            return seat(body, Position.MEMBER);
        }

        public PersonBuilder chairOf(TestBody body) {
            return seat(body, Position.CHAIR);
        }

        public PersonBuilder secretaryOf(TestBody body) {
            return seat(body, Position.SECRETARY);
        }

        public PersonBuilder seat(TestBody body, Position position) {
            seats.add(new Seat(body.id(), position));
            roles.add(Role.MEMBER);
            return this;
        }

        public TestPerson create() {
            String address = email("person");
            return RunAs.as(users, ADMIN, () -> {
                long id = personEditor.registerPerson(PersonData.of(fullName, address, language));
                if (!roles.isEmpty()) {
                    personEditor.allowSignIn(id, roles, PASSWORD);
                }
                LocalDate today = LocalDate.now(clock.withZone(DENVER));
                for (Seat seat : seats) {
                    bodyEditor.appoint(
                            seat.bodyId(), new Appointment(null, id, seat.position(), today.minusYears(1), null));
                }
                return new TestPerson(id, address, fullName);
            });
        }
    }

    public final class MeetingBuilder {

        private final long bodyId;
        private String title = "Test meeting " + suffix();
        private LocalDateTime start;
        private MeetingFormat format = MeetingFormat.IN_PERSON;
        private boolean publicMeeting = true;
        private List<String> languages = List.of();

        MeetingBuilder(long bodyId) {
            this.bodyId = bodyId;
            inDays(14);
        }

        public MeetingBuilder titled(String value) {
            title = value + " " + suffix();
            return this;
        }

        /** At 18:00 Denver time so many days from the test's clock (negative: in the past). */
        public MeetingBuilder inDays(int days) {
            start = LocalDate.now(clock.withZone(DENVER)).plusDays(days).atTime(18, 0);
            return this;
        }

        public MeetingBuilder startingAt(LocalDateTime value) {
            start = value.truncatedTo(ChronoUnit.MINUTES);
            return this;
        }

        public MeetingBuilder online() {
            format = MeetingFormat.ONLINE;
            return this;
        }

        public MeetingBuilder closed() {
            publicMeeting = false;
            return this;
        }

        public MeetingBuilder offering(String... tags) {
            languages = List.of(tags);
            return this;
        }

        /** Schedules it (members are invited) as an administrator; returns its id. */
        public long create() {
            boolean online = format == MeetingFormat.ONLINE;
            MeetingData meeting = new MeetingData(
                    bodyId,
                    title,
                    start,
                    DENVER,
                    90,
                    format,
                    online ? null : "Education Center, 1829 Denver West Dr",
                    online ? "https://meet.example.org/" + unique("room") : null,
                    publicMeeting,
                    languages,
                    null);
            return RunAs.as(users, ADMIN, () -> meetings.scheduleMeeting(meeting));
        }
    }
}
