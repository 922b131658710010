package roundtable.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.meetings.MeetingData;
import roundtable.people.ProfileService;

@IntegrationTest
class AttendanceIntegrationTest extends AttendanceTestSupport {

    @Autowired
    ProfileService profiles;

    /** Scheduling also invites the body's members: the confirmation is the mail with this subject. */
    static final String CONFIRMED = "Su asistencia está confirmada: ";

    String guestToken(String email, String title) {
        return Mailbox.awaitLink(mail, email, title, "/rsvp/confirm/", Duration.ofSeconds(10))
                .replaceAll(".*/rsvp/confirm/", "");
    }

    @Test
    void aMemberRsvpsAsksForSpanishAndChangesTheirMind() {
        long id = meeting("dac", "DAC RSVP check", 12, false);
        RsvpView first = as("dac.member@example.org", () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        assertThat(first.state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(first.needs().interpretationLanguage()).isEqualTo("es");
        assertThat(first.lateRequests()).isFalse();

        MimeMessage confirmed = Mailbox.to(
                        mail, "dac.member@example.org", CONFIRMED + "DAC RSVP check", 1, Duration.ofSeconds(10))
                .getFirst();
        String body = Mailbox.body(confirmed);
        assertThat(body)
                .contains("confirmada")
                .contains("DAC RSVP check")
                .contains("Education Center")
                .contains("/meetings/" + id)
                .containsPattern("M[SD]T");

        AttendanceOverview overview = as("dac.chair@example.org", () -> capacity.overview(id));
        assertThat(overview.answers()).containsEntry(Response.IN_PERSON, 1L);
        assertThat(overview.interpretation()).containsEntry("es", Map.of(RequestStatus.OPEN, 1L));
        assertThatThrownBy(() -> as("dac.member@example.org", () -> capacity.overview(id)))
                .as("counts are for the chair and secretary")
                .isInstanceOf(AccessDeniedException.class);

        RsvpView changed = as("dac.member@example.org", () -> attendance.rsvp(id, Response.NOT_ATTENDING, SPANISH));
        assertThat(changed.response()).isEqualTo(Response.NOT_ATTENDING);
        assertThat(changed.needs().any()).as("not attending asks for nothing").isFalse();
        assertThat(as("dac.member@example.org", () -> attendance.myRsvp(id))
                        .orElseThrow()
                        .response())
                .isEqualTo(Response.NOT_ATTENDING);
        assertThat(as("dac.member@example.org", () -> profiles.exportMyData()))
                .as("her data export includes her RSVPs")
                .contains("\"rsvps\"")
                .contains("NOT_ATTENDING");
    }

    @Test
    void aRequestInsideTheLeadTimeIsAcceptedAndMarkedLate() {
        long id = meeting("dac", "DAC late request", 3, false);
        RsvpView rsvp = as("dac.member@example.org", () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        assertThat(rsvp.state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(rsvp.lateRequests()).isTrue();
        assertThat(Mailbox.body(Mailbox.to(
                                mail,
                                "dac.member@example.org",
                                CONFIRMED + "DAC late request",
                                1,
                                Duration.ofSeconds(10))
                        .getFirst()))
                .contains("tarde");
    }

    @Test
    void noRsvpOnceTheMeetingHasStarted() {
        long id = meeting("dac", "DAC started", 1, false);
        // The members' invitations go first: queued on a clock moved forward, they would wait two days.
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> as("dac.member@example.org", () -> attendance.rsvp(id, Response.IN_PERSON, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rsvp.error.started"));
    }

    @Test
    void someoneOutsideTheBodyCannotRsvpToItsClosedMeetingNorCanGuests() {
        long id = meeting("dac", "DAC closed session", 12, false);
        assertThatThrownBy(
                        () -> as("language.services@example.org", () -> attendance.rsvp(id, Response.IN_PERSON, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        null,
                        () -> guests.guestRsvp(
                                id,
                                "Ana",
                                "ana@example.net",
                                Language.SPANISH,
                                Response.IN_PERSON,
                                null,
                                "198.51.100.1")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rsvp.error.guests-public-only"));
    }

    @Test
    void aGuestConfirmsFromTheEmailedLinkAndATamperedLinkIsRefused() {
        long id = meeting("jeffco-alliance", "Alliance guest check", 14, true);
        as(
                null,
                () -> guests.guestRsvp(
                        id,
                        "Ana Guest",
                        "Ana.Guest@example.net",
                        Language.SPANISH,
                        Response.IN_PERSON,
                        new AccessNeeds("ase", InterpretationMode.IN_PERSON, null, Set.of(), null, null, null, false),
                        "198.51.100.2"));
        String token = guestToken("ana.guest@example.net", "Alliance guest check");
        RsvpView pending = as(null, () -> guestChanges.guestRsvpToConfirm(token));
        assertThat(pending.state())
                .as("looking at the link changes nothing")
                .isEqualTo(RsvpState.AWAITING_EMAIL_CONFIRMATION);

        // One character of the signed part changed (the signature's last character carries unused bits).
        String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        assertThatThrownBy(() -> as(null, () -> guestChanges.confirmGuest(tampered)))
                .isInstanceOf(RsvpLinkException.class);

        RsvpView confirmed = as(null, () -> guestChanges.confirmGuest(token));
        assertThat(confirmed.state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(confirmed.needs().interpretationLanguage()).isEqualTo("ase");
        assertThat(Mailbox.awaitLink(
                        mail, "ana.guest@example.net", "Alliance guest check", "/rsvp/manage/", Duration.ofSeconds(10)))
                .contains("/rsvp/manage/");
        assertThatThrownBy(() -> as(null, () -> guestChanges.guestManage(token)))
                .as("a confirmation link is not a manage link")
                .isInstanceOf(RsvpLinkException.class);
    }

    @Test
    void badGuestInputIsRefusedAtItsFieldAndRepeatedRsvpsAreLimited() {
        long id = meeting("jeffco-alliance", "Alliance limits", 14, true);
        assertThatThrownBy(() -> as(
                        null,
                        () -> guests.guestRsvp(
                                id, " ", "x@example.net", Language.ENGLISH, Response.IN_PERSON, null, "198.51.100.3")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> as(
                        null,
                        () -> guests.guestRsvp(
                                id, "X", "not-an-address", Language.ENGLISH, Response.IN_PERSON, null, "198.51.100.3")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("email"));
        AccessNeeds wordy =
                new AccessNeeds(null, null, null, Set.of(AccommodationType.OTHER), "x".repeat(1001), null, null, false);
        assertThatThrownBy(() -> as(
                        null,
                        () -> guests.guestRsvp(
                                id, "X", "x@example.net", Language.ENGLISH, Response.IN_PERSON, wordy, "198.51.100.3")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("accommodationDetails"));
        for (int i = 0; i < GuestRsvps.GUEST_RSVPS_PER_ADDRESS; i++) {
            as(
                    null,
                    () -> guests.guestRsvp(
                            id,
                            "Repeat",
                            "repeat@example.net",
                            Language.ENGLISH,
                            Response.IN_PERSON,
                            null,
                            "198.51.100.4"));
        }
        assertThatThrownBy(() -> as(
                        null,
                        () -> guests.guestRsvp(
                                id,
                                "Repeat",
                                "repeat@example.net",
                                Language.ENGLISH,
                                Response.IN_PERSON,
                                null,
                                "198.51.100.5")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rsvp.error.too-many"));
    }

    @Test
    void whenSomeoneCancelsTheFirstOnTheWaitlistGetsThePlaceAndIsTold() {
        long id = meeting("jeffco-alliance", "Alliance waitlist", 14, true);
        as("admin@example.org", () -> capacity.setCapacity(id, 1));
        as(
                null,
                () -> guests.guestRsvp(
                        id, "First", "first@example.net", Language.ENGLISH, Response.IN_PERSON, null, "198.51.100.6"));
        as(
                null,
                () -> guests.guestRsvp(
                        id, "Second", "second@example.net", Language.SPANISH, Response.ONLINE, null, "198.51.100.6"));
        RsvpView first =
                as(null, () -> guestChanges.confirmGuest(guestToken("first@example.net", "Alliance waitlist")));
        RsvpView second =
                as(null, () -> guestChanges.confirmGuest(guestToken("second@example.net", "Alliance waitlist")));
        assertThat(first.state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(second.state()).isEqualTo(RsvpState.WAITLISTED);
        assertThat(second.waitlistPosition()).isEqualTo(1);
        Mailbox.to(mail, "second@example.net", "lista de espera", 1, Duration.ofSeconds(10));

        String manage = Mailbox.awaitLink(
                        mail, "first@example.net", "Alliance waitlist", "/rsvp/manage/", Duration.ofSeconds(10))
                .replaceAll(".*/rsvp/manage/", "");
        assertThat(as(null, () -> guestChanges.cancelByToken(manage)).state()).isEqualTo(RsvpState.CANCELLED);

        List<MimeMessage> promoted =
                Mailbox.to(mail, "second@example.net", "Se liberó un lugar", 1, Duration.ofSeconds(10));
        assertThat(Mailbox.body(promoted.getFirst()))
                .contains("Alliance waitlist")
                .contains("/meetings/" + id);
        String secondManage = Mailbox.awaitLink(
                        mail, "second@example.net", "Se liberó", "/rsvp/manage/", Duration.ofSeconds(10))
                .replaceAll(".*/rsvp/manage/", "");
        assertThat(as(null, () -> guestChanges.guestManage(secondManage)).state())
                .isEqualTo(RsvpState.CONFIRMED);
    }

    @Test
    void twoPeopleTakingTheLastPlaceAtOnceGetOnePlaceAndOneWaitlist() throws Exception {
        long id = meeting("jeffco-alliance", "Alliance last place", 14, true);
        as("admin@example.org", () -> capacity.setCapacity(id, 1));
        as(
                null,
                () -> guests.guestRsvp(
                        id,
                        "Racer One",
                        "racer1@example.net",
                        Language.ENGLISH,
                        Response.IN_PERSON,
                        null,
                        "198.51.100.7"));
        as(
                null,
                () -> guests.guestRsvp(
                        id,
                        "Racer Two",
                        "racer2@example.net",
                        Language.ENGLISH,
                        Response.IN_PERSON,
                        null,
                        "198.51.100.8"));
        List<String> tokens = List.of(
                guestToken("racer1@example.net", "Alliance last place"),
                guestToken("racer2@example.net", "Alliance last place"));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RsvpView>> results = tokens.stream()
                    .map(t -> pool.submit(() -> {
                        start.await();
                        return guestChanges.confirmGuest(t);
                    }))
                    .toList();
            start.countDown();
            List<RsvpState> states =
                    List.of(results.get(0).get().state(), results.get(1).get().state());
            assertThat(states).containsExactlyInAnyOrder(RsvpState.CONFIRMED, RsvpState.WAITLISTED);
        } finally {
            pool.shutdownNow();
        }
        Integer holding = jdbc.queryForObject(
                "select count(*) from rsvp where meeting_id = ? and state = 'CONFIRMED'", Integer.class, id);
        assertThat(holding).isEqualTo(1);
    }

    @Test
    void capacityBelowOneIsRefused() {
        long id = meeting("jeffco-alliance", "Alliance capacity", 14, true);
        assertThatThrownBy(() -> as("admin@example.org", () -> capacity.setCapacity(id, 0)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThatThrownBy(() -> as("dac.member@example.org", () -> capacity.setCapacity(id, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGuestWhoAsksAgainGetsTheirLinkAgainAndACancelledGuestCanComeBack() {
        long id = meeting("jeffco-alliance", "Alliance again", 14, true);
        as(
                null,
                () -> guests.guestRsvp(
                        id, "Lee", "lee@example.net", Language.ENGLISH, Response.IN_PERSON, null, "198.51.100.9"));
        as(null, () -> guestChanges.confirmGuest(guestToken("lee@example.net", "Alliance again")));
        Mailbox.to(mail, "lee@example.net", "You are confirmed", 1, Duration.ofSeconds(10));

        as(
                null,
                () -> guests.guestRsvp(
                        id,
                        "Someone else",
                        "LEE@example.net",
                        Language.ENGLISH,
                        Response.NOT_ATTENDING,
                        null,
                        "198.51.100.10"));
        List<MimeMessage> confirmations =
                Mailbox.to(mail, "lee@example.net", "You are confirmed", 2, Duration.ofSeconds(10));
        assertThat(confirmations).hasSize(2);
        String manage = Mailbox.awaitLink(
                        mail, "lee@example.net", "You are confirmed", "/rsvp/manage/", Duration.ofSeconds(10))
                .replaceAll(".*/rsvp/manage/", "");
        RsvpView unchanged = as(null, () -> guestChanges.guestManage(manage));
        assertThat(unchanged.response()).as("asking again changes nothing").isEqualTo(Response.IN_PERSON);
        assertThat(unchanged.guestName()).isEqualTo("Lee");

        as(null, () -> guestChanges.cancelByToken(manage));
        as(
                null,
                () -> guests.guestRsvp(
                        id, "Lee", "lee@example.net", Language.ENGLISH, Response.ONLINE, null, "198.51.100.9"));
        assertThatThrownBy(() -> as(null, () -> guestChanges.guestManage(manage)))
                .as("links from before the cancellation no longer work")
                .isInstanceOf(RsvpLinkException.class);
        Mailbox.to(mail, "lee@example.net", "Please confirm", 2, Duration.ofSeconds(10));
        String again = Mailbox.awaitLink(
                        mail, "lee@example.net", "Please confirm", "/rsvp/confirm/", Duration.ofSeconds(10))
                .replaceAll(".*/rsvp/confirm/", "");
        RsvpView back = as(null, () -> guestChanges.confirmGuest(again));
        assertThat(back.state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(back.response()).isEqualTo(Response.ONLINE);
    }

    @Test
    void whenTheMeetingMovesOrIsCancelledThoseComingAreToldAndRequestsClose() {
        long id = meeting("jeffco-alliance", "Alliance moving", 14, true);
        as("dac.member@example.org", () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        as(
                null,
                () -> guests.guestRsvp(
                        id, "Moe", "moe@example.net", Language.ENGLISH, Response.IN_PERSON, null, "198.51.100.11"));
        as(null, () -> guestChanges.confirmGuest(guestToken("moe@example.net", "Alliance moving")));

        as("admin@example.org", () -> {
            var m = meetings.find(id).orElseThrow();
            planning.updateMeeting(
                    id,
                    m.version(),
                    new MeetingData(
                            m.bodyId(),
                            m.title(),
                            m.startsAtLocal().plusDays(1),
                            m.zone(),
                            m.durationMinutes(),
                            m.format(),
                            "Alameda High School, cafeteria",
                            null,
                            true,
                            m.languagesOffered(),
                            null));
        });
        assertThat(Mailbox.body(Mailbox.to(mail, "moe@example.net", "Meeting changed", 1, Duration.ofSeconds(10))
                        .getFirst()))
                .contains("Alameda High School")
                .contains("/rsvp/manage/");
        Mailbox.to(mail, "dac.member@example.org", "Cambió la reunión", 1, Duration.ofSeconds(10));
        assertThat(as("dac.member@example.org", () -> attendance.myRsvp(id))
                        .orElseThrow()
                        .needs()
                        .interpretationLanguage())
                .as("requests follow the meeting")
                .isEqualTo("es");

        as(
                "admin@example.org",
                () -> planning.cancelMeeting(id, meetings.find(id).orElseThrow().version(), "Snow day"));
        assertThat(Mailbox.body(Mailbox.to(mail, "moe@example.net", "Cancelled", 1, Duration.ofSeconds(10))
                        .getFirst()))
                .contains("Snow day");
        Mailbox.to(mail, "dac.member@example.org", "Cancelada", 1, Duration.ofSeconds(10));
        assertThat(as("dac.member@example.org", () -> attendance.myRsvp(id))
                        .orElseThrow()
                        .needs()
                        .any())
                .as("requests of a cancelled meeting are closed")
                .isFalse();
    }

    @Test
    void whatPeopleWroteAboutThemselvesIsErasedAMonthAfterTheMeetingAndTheCountsStay() throws Exception {
        long id = meeting("dac", "DAC retention", 3, false);
        AccessNeeds personal = new AccessNeeds(
                null, null, null, Set.of(AccommodationType.OTHER), "I use a service dog", 2, "4 and 7", false);
        long rsvp = as("dac.member@example.org", () -> attendance.rsvp(id, Response.IN_PERSON, personal))
                .rsvpId();
        // Her email goes first: queued on a clock moved forward, it would wait a month once the clock is put back.
        Mailbox.to(mail, "dac.member@example.org", "DAC retention", 1, Duration.ofSeconds(10));
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));

        clock.advance(Duration.ofDays(20));
        retention.forgetParticularsDue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_request where rsvp_id = ? and details is not null",
                        Integer.class,
                        rsvp))
                .as("kept while the policy says")
                .isEqualTo(1);

        clock.advance(Duration.ofDays(20));
        assertThat(retention.forgetParticularsDue()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_request where rsvp_id = ?"
                                + " and (details is not null or children_ages is not null)",
                        Integer.class,
                        rsvp))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select kind from access_request where rsvp_id = ? order by kind", String.class, rsvp))
                .containsExactly("ACCOMMODATION", "CHILDCARE");
    }
}
