package roundtable.attendance;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingSeriesPlanning;
import roundtable.meetings.MeetingService;
import roundtable.notifications.NotificationService;
import roundtable.people.PersonService;

/** What the attendance tests share: acting as a demo person, a meeting of each test's own, and a clean mailbox. */
public abstract class AttendanceTestSupport {

    protected static final ZoneId DENVER = ZoneId.of("America/Denver");
    protected static final AccessNeeds SPANISH =
            new AccessNeeds("es", InterpretationMode.IN_PERSON, null, Set.of(), null, null, null, false);

    @Autowired
    protected MemberRsvps attendance;

    @Autowired
    protected GuestRsvps guests;

    @Autowired
    protected GuestRsvpChanges guestChanges;

    @Autowired
    protected MeetingPlanning planning;

    @Autowired
    protected MeetingSeriesPlanning seriesPlanning;

    @Autowired
    protected InvitationRsvps invitationRsvps;

    @Autowired
    protected CapacityService capacity;

    @Autowired
    RequestRetention retention;

    @Autowired
    protected MeetingService meetings;

    @Autowired
    protected CommitteeService committees;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected GreenMail mail;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected NotificationService notifications;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected PersonService people;

    @AfterEach
    void resetClockAndLetTheMailGo() throws Exception {
        // Mail queued while the clock was moved is due at that moment: deliver it before the clock goes back.
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        clock.reset();
        mail.purgeEmailFromAllMailboxes();
    }

    protected <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    protected void as(String email, Runnable work) {
        RunAs.as(users, email, work);
    }

    /** A meeting of its own for each test, so capacities and RSVPs of one test never meet another's. */
    protected long meeting(String bodySlug, String title, int inDays, boolean publicMeeting) {
        long bodyId = committees.findBySlug(bodySlug).orElseThrow().id();
        LocalDateTime start = daysAhead(inDays, 18);
        return as(
                "admin@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        bodyId,
                        title,
                        start,
                        DENVER,
                        90,
                        MeetingFormat.IN_PERSON,
                        "Education Center, 1829 Denver West Dr",
                        null,
                        publicMeeting,
                        List.of("es"),
                        null)));
    }

    /** A hybrid DAC meeting scheduled by its chair: a room, this join link, a dial-in, Spanish and ASL. */
    protected long hybridDacMeeting(String title, LocalDateTime start, String joinLink, boolean publicMeeting) {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        return as(
                "dac.chair@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        title,
                        start,
                        DENVER,
                        90,
                        new MeetingPlace(
                                MeetingFormat.HYBRID,
                                "Education Center, 1829 Denver West Dr",
                                "Board Room",
                                null,
                                joinLink,
                                "+1 720 555 0100, code 4321",
                                List.of("es", "ase")),
                        publicMeeting,
                        null)));
    }

    /** That many days from the test clock's today, at that hour in Denver. */
    protected LocalDateTime daysAhead(int days, int hour) {
        return LocalDateTime.now(clock.withZone(DENVER))
                .toLocalDate()
                .plusDays(days)
                .atTime(hour, 0);
    }
}
