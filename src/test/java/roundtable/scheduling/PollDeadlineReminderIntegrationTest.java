package roundtable.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.notifications.NotificationService;

/**
 * "Find a time": a day before the deadline, those who have not answered get their link again,
 * in their language, said as a reminder; those who answered hear nothing, and nobody hears twice.
 */
@IntegrationTest
class PollDeadlineReminderIntegrationTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    SchedulingService scheduling;

    @Autowired
    PollAnswers answering;

    @Autowired
    PollDeadlineReminders reminders;

    @Autowired
    CommitteeService committees;

    @Autowired
    UserDetailsService users;

    @Autowired
    GreenMail mail;

    @Autowired
    TestClock clock;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void letTheMailGoAndPutTheClockBack() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        clock.reset();
        mail.purgeEmailFromAllMailboxes();
    }

    <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.now(clock.withZone(DENVER))
                .toLocalDate()
                .plusDays(days)
                .atTime(hour, 0);
    }

    long propose(String title, LocalDateTime deadline) {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        return as("dac.chair@example.org", () -> {
            Set<Long> members = scheduling.invitableMembers(dac).stream()
                    .map(InvitableMember::personId)
                    .collect(Collectors.toSet());
            return scheduling.proposeTimes(
                    dac,
                    new PollProposal(
                            title,
                            90,
                            new MeetingPlace(MeetingFormat.IN_PERSON, "Education Center, Board Room", null, List.of()),
                            true,
                            List.of(inDays(20, 18), inDays(21, 18)),
                            members,
                            List.of("late.parent@example.net"),
                            deadline));
        });
    }

    String token(String email, String title) {
        return Mailbox.awaitLink(mail, email, title, "/availability/", Duration.ofSeconds(15))
                .replaceAll(".*/availability/", "");
    }

    @Test
    void thoseWhoHaveNotAnsweredAreRemindedOnceADayBeforeTheDeadline() throws Exception {
        String title = "Deadline check: spring calendar";
        LocalDateTime deadline = inDays(3, 12);
        propose(title, deadline);
        String chairs = token("dac.chair@example.org", title);
        Invitation invitation = as(null, () -> answering.invitation(chairs));
        as(
                null,
                () -> answering.answer(
                        chairs,
                        Map.of(
                                invitation.candidates().get(0).id(),
                                Availability.YES,
                                invitation.candidates().get(1).id(),
                                Availability.NO),
                        Needs.none()));
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));

        clock.advance(Duration.ofDays(1));
        reminders.sendDue();
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        assertThat(Mailbox.to(mail, "dac.member@example.org", "Recordatorio", 0, Duration.ZERO).stream()
                        .filter(m -> Mailbox.body(m).contains(title)))
                .as("two days before, not yet")
                .isEmpty();

        clock.advance(Duration.between(
                clock.instant(),
                ZonedDateTime.ofLocal(deadline, DENVER, null)
                        .minusDays(1)
                        .plusMinutes(1)
                        .toInstant()));
        reminders.sendDue();
        reminders.sendDue();

        MimeMessage spanish = Mailbox.to(
                        mail, "dac.member@example.org", "Recordatorio, responda antes del", 1, Duration.ofSeconds(15))
                .getFirst();
        assertThat(spanish.getSubject()).endsWith(": " + title);
        String text = Mailbox.part(spanish, "text/plain");
        assertThat(text)
                .contains("Hola, María Fernanda Ruiz", "aún no tenemos su respuesta", "/availability/")
                .containsPattern("12:00 M[SD]T");
        String link = Mailbox.link(spanish, "/availability/").replaceAll(".*/availability/", "");
        assertThat(as(null, () -> answering.invitation(link)).takesAnswers())
                .as("the link in the reminder answers")
                .isTrue();
        assertThat(Mailbox.to(mail, "late.parent@example.net", "Reminder, please answer by", 1, Duration.ofSeconds(15)))
                .as("a guest asked by email too, in English")
                .hasSize(1);

        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        assertThat(Mailbox.to(mail, "dac.member@example.org", "Recordatorio, responda antes del", 0, Duration.ZERO))
                .as("once")
                .hasSize(1);
        assertThat(Mailbox.to(mail, "dac.chair@example.org", "Reminder, please answer by", 0, Duration.ZERO))
                .as("the chair answered")
                .isEmpty();
    }

    @Test
    void aPollSentWithLessThanADayToGoIsNotRemindedOf() {
        String title = "Deadline check: short notice";
        propose(
                title,
                LocalDateTime.now(clock.withZone(DENVER))
                        .plusHours(6)
                        .withSecond(0)
                        .withNano(0));
        token("dac.member@example.org", title);
        clock.advance(Duration.ofMinutes(10));
        reminders.sendDue();
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        assertThat(Mailbox.to(mail, "dac.member@example.org", "Recordatorio", 0, Duration.ZERO).stream()
                        .map(Mailbox::body)
                        .filter(b -> b.contains(title)))
                .as("its invitation has just arrived")
                .isEmpty();
    }
}
