package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.GuestRsvps;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.base.i18n.Language;
import roundtable.base.security.SignInLinkService;
import roundtable.meetings.AgendaFixtures;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.SubscriptionRequests;

/**
 * The forms anyone reaches without an account (guest RSVP, follow by email, sign-in link) and a
 * member's RSVP with what would help them come, with whatever is typed.
 */
@IntegrationTest
class AttendanceBadInputTest extends BadInputSupport {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MemberRsvps attendance;

    @Autowired
    GuestRsvps guests;

    @Autowired
    SubscriptionRequests requests;

    @Autowired
    SignInLinkService signInLinks;

    @Autowired
    Clock clock;

    /** Each try from its own address and mailbox, so the rate limits (tested elsewhere) never answer for the input. */
    private static String fresh(String email) {
        return email.contains("@") ? "g" + SERIAL.incrementAndGet() + email : email;
    }

    @Test
    void aGuestAnswersOrIsToldWhatToFix() {
        Fuzz.check(
                150,
                t -> aGuestAnswers(
                        t.draw("name", NastyInput.field()),
                        t.draw("email", NastyInput.email()),
                        t.draw("details", NastyInput.field()),
                        t.draw("children", NastyInput.count()),
                        t.draw("ages", NastyInput.field())));
    }

    private void aGuestAnswers(String name, String email, String details, int children, String ages) {
        String address = fresh(email);
        long meetingId = RunAs.as(
                users, "admin@example.org", () -> AgendaFixtures.publicDacMeetingAhead(committees, meetings, clock));
        AccessNeeds needs =
                new AccessNeeds(null, null, null, Set.of(AccommodationType.OTHER), details, children, ages, false);
        Refusals.run(
                jdbc,
                new String[] {"rsvp", "access_request"},
                () -> RunAs.as(
                        users,
                        null,
                        () -> guests.guestRsvp(
                                meetingId,
                                name,
                                address,
                                Language.SPANISH,
                                Response.IN_PERSON,
                                needs,
                                "fuzz-" + SERIAL.incrementAndGet())));
        var rows = jdbc.queryForList(
                "select guest_name, guest_email from rsvp where meeting_id = ? and guest_email_key = ?",
                meetingId,
                address.strip().toLowerCase(Locale.ROOT));
        if (!rows.isEmpty()) {
            Map<String, Object> row = rows.getFirst();
            assertThat(row.get("guest_name")).isEqualTo(name.strip());
            assertThat(row.get("guest_email")).isEqualTo(address.strip());
        }
    }

    @Test
    void aMemberSaysWhatWouldHelpOrIsToldWhatToFix() {
        Fuzz.check(
                120,
                t -> aMemberSays(
                        t.draw("details", NastyInput.field()),
                        t.draw("children", NastyInput.count()),
                        t.draw("ages", NastyInput.field()),
                        t.draw("language", Gen.oneOf(Gen.of("es", "vi", "ase"), NastyInput.text()))));
    }

    private void aMemberSays(String details, int children, String ages, String language) {
        RunAs.as(users, "dac.member@example.org", () -> {
            long meetingId = AgendaFixtures.publicDacMeetingAhead(committees, meetings, clock);
            var before = attendance.myRsvp(meetingId);
            AccessNeeds needs = new AccessNeeds(
                    language,
                    InterpretationMode.IN_PERSON,
                    null,
                    Set.of(AccommodationType.OTHER),
                    details,
                    children,
                    ages,
                    false);
            var saved =
                    Refusals.attempt(jdbc, new String[0], () -> attendance.rsvp(meetingId, Response.IN_PERSON, needs));
            if (saved.isPresent()) {
                assertThat(saved.get().needs().accommodationDetails()).isEqualTo(Refusals.stored(details));
            } else {
                assertThat(attendance.myRsvp(meetingId))
                        .as("a refused answer leaves the last one")
                        .isEqualTo(before);
            }
        });
    }

    @Test
    void anyoneFollowsABodyOrIsToldWhatToFix() {
        Fuzz.check(150, t -> anyoneFollows(t.draw("email", NastyInput.email())));
    }

    private void anyoneFollows(String email) {
        String address = fresh(email);
        long dac = committees.findBySlug("dac").orElseThrow().id();
        Refusals.run(
                jdbc,
                new String[] {"subscription"},
                () -> RunAs.as(
                        users,
                        null,
                        () -> requests.request(
                                dac,
                                address,
                                Language.ENGLISH,
                                Set.of(Category.MINUTES),
                                "fuzz-" + SERIAL.incrementAndGet())));
        var stored = jdbc.queryForList(
                "select email from subscription where body_id = ? and email_key = ?",
                String.class,
                dac,
                address.strip().toLowerCase(Locale.ROOT));
        stored.forEach(e -> assertThat(e).isEqualTo(address.strip()));
    }

    @Test
    void aSignInLinkRequestIsAnsweredWhateverIsTyped() {
        Fuzz.checkOneWay(150, t -> aSignInLinkRequest(t.draw("email", NastyInput.email())));
    }

    private void aSignInLinkRequest(String email) {
        // Either answer says nothing about the address; "try later" is the per-address limit, tested elsewhere.
        Refusals.run(
                jdbc,
                new String[] {"one_time_tokens"},
                () -> assertThat(RunAs.as(
                                users, null, () -> signInLinks.requestLink(email, "fuzz-" + SERIAL.incrementAndGet())))
                        .isIn(SignInLinkService.Outcome.SENT_IF_KNOWN, SignInLinkService.Outcome.TRY_LATER));
    }
}
