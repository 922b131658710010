package roundtable.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.base.i18n.Language;
import roundtable.meetings.MeetingSummary;

/**
 * Those attending are reminded two days and two hours before, in their language, with everything
 * they need to get there; nobody twice, not even by two servers at once; a moved meeting again.
 * Each test's meeting is two years ahead, and the clock is moved to it, so no other class's meeting
 * is near.
 */
@IntegrationTest
class MeetingRemindersIntegrationTest extends AttendanceTestSupport {

    static final String MEMBER = "dac.member@example.org";
    static final String CHAIR = "dac.chair@example.org";
    static final String ADMIN = "admin@example.org";

    @Autowired
    MeetingReminders reminders;

    long hybridMeeting(String title, int inDays, boolean publicMeeting) {
        return hybridDacMeeting(title, daysAhead(inDays, 18), "https://meet.example.org/reminder-check", publicMeeting);
    }

    /** As the administrator: once the clock is two years on, the chair's term has ended. */
    MeetingSummary summary(long id) {
        return as(ADMIN, () -> meetings.find(id).orElseThrow());
    }

    /** Moves the clock to just after this long before the meeting starts. */
    void moveClockTo(long meetingId, Duration before) {
        Instant moment = summary(meetingId).startsAt().toInstant().minus(before).plusSeconds(60);
        clock.advance(Duration.between(clock.instant(), moment));
    }

    List<MimeMessage> reminders(String to, String subjectWords, int atLeast) {
        return Mailbox.to(mail, to, subjectWords, atLeast, Duration.ofSeconds(atLeast == 0 ? 1 : 15));
    }

    @Test
    void attendeesAreRemindedTwoDaysAndTwoHoursBeforeInTheirLanguageWithEverythingTheyNeed() {
        String title = "Reminder check: budget hearing";
        long id = hybridMeeting(title, 730, false);
        as(
                MEMBER,
                () -> attendance.rsvp(
                        id,
                        Response.ONLINE,
                        new AccessNeeds(
                                "es",
                                InterpretationMode.SIMULTANEOUS_ONLINE,
                                null,
                                Set.of(),
                                null,
                                null,
                                null,
                                false)));
        as(CHAIR, () -> attendance.rsvp(id, Response.IN_PERSON, AccessNeeds.none()));
        as("dac.secretary@example.org", () -> attendance.rsvp(id, Response.NOT_ATTENDING, AccessNeeds.none()));
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));

        moveClockTo(id, Duration.ofDays(3));
        assertThat(reminders.sendDue()).as("three days before, nothing is due").isZero();

        moveClockTo(id, Duration.ofDays(2));
        assertThat(reminders.sendDue()).as("the two who are coming").isEqualTo(2);
        assertThat(reminders.sendDue()).as("once").isZero();

        MimeMessage spanish = reminders(MEMBER, "Recordatorio: " + title, 1).getFirst();
        String text = Mailbox.part(spanish, "text/plain");
        assertThat(text)
                .contains(
                        "Hola, María Fernanda Ruiz",
                        "es en 2 días",
                        "asistiría en línea",
                        "Presencial y en línea · Education Center, 1829 Denver West Dr · Board Room",
                        "https://meet.example.org/reminder-check",
                        "+1 720 555 0100, code 4321",
                        "Español, ASL",
                        "Su solicitud de interpretación (Español, Interpretación simultánea en línea): Solicitado.",
                        "página de la reunión",
                        "http://localhost:8080/meetings/" + id)
                .containsPattern("18:00 M[SD]T");
        assertThat(Mailbox.part(spanish, "text/html"))
                .contains(
                        "href=\"https://meet.example.org/reminder-check\"",
                        "href=\"http://localhost:8080/meetings/" + id + "\"");

        String english = Mailbox.part(reminders(CHAIR, "Reminder: " + title, 1).getFirst(), "text/plain");
        assertThat(english)
                .contains(
                        "Hello Dana Whitfield",
                        "is in 2 days",
                        "you would come in person",
                        "https://meet.example.org/reminder-check",
                        "Spanish, ASL")
                .containsPattern("6:00\\hPM M[SD]T")
                .doesNotContain("interpretation request");
        assertThat(reminders("dac.secretary@example.org", "Reminder: " + title, 0))
                .as("not coming, not reminded")
                .isEmpty();

        moveClockTo(id, Duration.ofHours(2));
        assertThat(reminders.sendDue()).isEqualTo(2);
        assertThat(Mailbox.part(reminders(MEMBER, "Recordatorio: " + title, 2).getLast(), "text/plain"))
                .contains("es en 2 horas");
        assertThat(reminders.sendDue()).isZero();
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        assertThat(reminders(MEMBER, "Recordatorio: " + title, 0))
                .as("one for each reminder, no more")
                .hasSize(2);
    }

    @Test
    void aMemberWhoTurnedRemindersOffIsNotReminded() {
        String title = "Reminder check: reminders turned off";
        long id = hybridMeeting(title, 745, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.ONLINE, AccessNeeds.none()));
        as(CHAIR, () -> attendance.rsvp(id, Response.IN_PERSON, AccessNeeds.none()));
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        jdbc.update("update person set notify_reminders = false where email = ?", MEMBER);
        try {
            moveClockTo(id, Duration.ofDays(2));
            reminders.sendDue();
            assertThat(reminders(CHAIR, "Reminder: " + title, 1))
                    .as("the chair kept reminders on")
                    .hasSize(1);
            OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
            assertThat(reminders(MEMBER, "Recordatorio: " + title, 0))
                    .as("the member turned them off in the profile")
                    .isEmpty();
        } finally {
            jdbc.update("update person set notify_reminders = true where email = ?", MEMBER);
        }
    }

    @Test
    void aGuestIsRemindedWithTheirOwnLinkToChangeOrCancel() {
        String title = "Reminder check: open forum";
        long id = hybridMeeting(title, 740, true);
        as(
                null,
                () -> guests.guestRsvp(
                        id,
                        "Ana Guest",
                        "ana.reminded@example.net",
                        Language.SPANISH,
                        Response.IN_PERSON,
                        AccessNeeds.none(),
                        "198.51.100.77"));
        String confirm =
                Mailbox.awaitLink(mail, "ana.reminded@example.net", title, "/rsvp/confirm/", Duration.ofSeconds(15));
        as(null, () -> guestChanges.confirmGuest(confirm.substring(confirm.lastIndexOf('/') + 1)));
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));

        moveClockTo(id, Duration.ofDays(2));
        assertThat(reminders.sendDue()).isEqualTo(1);
        MimeMessage reminder = reminders("ana.reminded@example.net", "Recordatorio: " + title, 1)
                .getFirst();
        assertThat(Mailbox.body(reminder)).contains("con el botón de abajo", "Cambiar o cancelar");
        String manage = Mailbox.link(reminder, "/rsvp/manage/");
        RsvpView seen = as(null, () -> guestChanges.guestManage(manage.substring(manage.lastIndexOf('/') + 1)));
        assertThat(seen.state())
                .as("the link in the reminder opens the guest's RSVP")
                .isEqualTo(RsvpState.CONFIRMED);
    }

    @Test
    void aMovedMeetingIsRemindedAgainAtItsNewTimeAndAChangeJustMadeIsNotRemindedOfAtOnce() {
        String title = "Reminder check: moved session";
        long id = hybridMeeting(title, 750, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, AccessNeeds.none()));
        moveClockTo(id, Duration.ofDays(2));
        assertThat(reminders.sendDue()).isEqualTo(1);

        // Moved three hours later: its new two-day moment is still ahead.
        MeetingSummary before = summary(id);
        as(
                ADMIN,
                () -> planning.updateMeeting(
                        id,
                        before.version(),
                        before.data().startingAt(before.startsAtLocal().plusHours(3))));
        assertThat(reminders.sendDue()).isZero();

        moveClockTo(id, Duration.ofDays(2));
        assertThat(reminders.sendDue()).as("the new time, reminded").isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();
        List<MimeMessage> both = reminders(MEMBER, "Recordatorio: " + title, 2);
        assertThat(both).hasSize(2);
        // Both may be delivered in one round, in either order: one of them gives the new time.
        assertThat(both)
                .anySatisfy(m -> assertThat(Mailbox.part(m, "text/plain")).containsPattern("21:00 M[SD]T"));

        // Moved again within the two hours' moment: the change email said it all; the next reminder is the one after.
        moveClockTo(id, Duration.ofHours(1));
        MeetingSummary late = summary(id);
        as(
                ADMIN,
                () -> planning.updateMeeting(
                        id,
                        late.version(),
                        late.data().startingAt(late.startsAtLocal().plusMinutes(30))));
        assertThat(reminders.sendDue())
                .as("its moment passed before the change")
                .isZero();
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        assertThat(reminders(MEMBER, "Recordatorio: " + title, 0)).hasSize(2);
    }

    @Test
    void twoServersRemindingAtTheSameMomentSendEachReminderOnce() throws Exception {
        String title = "Reminder check: two servers";
        long id = hybridMeeting(title, 760, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.ONLINE, AccessNeeds.none()));
        as(CHAIR, () -> attendance.rsvp(id, Response.IN_PERSON, AccessNeeds.none()));
        moveClockTo(id, Duration.ofDays(2));

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> server = () -> {
            start.await();
            return reminders.sendDue();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>(List.of(pool.submit(server), pool.submit(server)));
            start.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertThat(total).as("one server claimed the reminder").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        assertThat(reminders(MEMBER, "Recordatorio: " + title, 0))
                .as("one reminder to the member")
                .hasSize(1);
        assertThat(reminders(CHAIR, "Reminder: " + title, 0))
                .as("one reminder to the chair")
                .hasSize(1);
    }
}
