package roundtable.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.base.i18n.Language;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.people.MyProfile;
import roundtable.people.PersonService;
import roundtable.people.ProfileService;
import roundtable.subscriptions.Category;
import roundtable.subscriptions.SubscriptionRequests;
import roundtable.subscriptions.SubscriptionService;

/**
 * A body's list news (minutes, meeting announcements) reaches confirmed subscribers in their
 * language and members as each chose: at once, in the daily digest, or not at all; every list
 * message carries its own one-click unsubscribe link.
 */
@IntegrationTest
class ListMailIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String CHAIR = "dac.chair@example.org";
    static final String SECRETARY = "dac.secretary@example.org";
    static final String MEMBER = "dac.member@example.org";

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    SubscriptionRequests requests;

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesPublishing publishing;

    @Autowired
    MinutesApproval approval;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    PersonService people;

    @Autowired
    ProfileService profiles;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @Autowired
    GreenMail mail;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DailyDigest digest;

    MinutesToPublish workflow;
    long dac;

    @BeforeEach
    void setUp() {
        workflow = new MinutesToPublish(minutes, approval, publishing, planning, committees, users, clock);
        dac = committees.findBySlug("dac").orElseThrow().id();
    }

    @AfterEach
    void quiet() {
        clock.reset();
        OutboxDrain.await(notifications, jdbc, WAIT);
    }

    void subscribe(String address, Language language, Category category) {
        requests.request(dac, address, language, EnumSet.of(category), "10.1.0." + address.length());
        String link = Mailbox.awaitLink(mail, address, "", SubscriptionRequests.CONFIRM_PATH, WAIT);
        requests.confirm(link.substring(link.lastIndexOf('/') + 1));
    }

    long personId(String email) {
        return people.idOf(email).orElseThrow();
    }

    String unsubscribeHeader(MimeMessage message) throws Exception {
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String header = message.getHeader("List-Unsubscribe")[0];
        assertThat(header).startsWith("<http://localhost:8080/unsubscribe/").endsWith(">");
        return header.substring(1, header.length() - 1);
    }

    void digestFor(String email, boolean on) {
        RunAs.as(users, email, () -> {
            MyProfile mine = profiles.myProfile();
            profiles.updateMyProfile(mine.profile().withDigest(on), mine.version());
        });
    }

    @Test
    void minutesReachSubscribersInTheirLanguageAndMembersAsEachChoseWithTheirOwnUnsubscribeLink() throws Exception {
        String resident = "residente.actas@example.org";
        subscribe(resident, Language.SPANISH, Category.MINUTES);
        // A member who also subscribed hears once, as a member.
        subscribe(SECRETARY, Language.ENGLISH, Category.MINUTES);
        String memberLink = subscriptions.memberUnsubscribeLink(personId(MEMBER), dac, Category.MINUTES);
        subscriptions.unsubscribe(memberLink.substring(memberLink.lastIndexOf('/') + 1));
        digestFor(CHAIR, true);
        String title = "Minutes for the list";
        try {
            workflow.publishNew(title, "<p>The committee reviewed bus routes.</p>");

            MimeMessage spanish = Mailbox.to(mail, resident, title, 1, WAIT).getFirst();
            assertThat(spanish.getSubject()).startsWith("Acta publicada: " + title);
            assertThat(Mailbox.body(spanish))
                    .contains(
                            "Hola:",
                            "The committee reviewed bus routes.",
                            "Recibe este correo porque sigue a District Accountability Committee por correo.")
                    .doesNotContain("como miembro");
            String residentLink = unsubscribeHeader(spanish);
            assertThat(Mailbox.part(spanish, "text/plain")).contains("Darse de baja: " + residentLink);

            MimeMessage secretary = Mailbox.to(mail, SECRETARY, title, 1, WAIT).getFirst();
            assertThat(Mailbox.body(secretary)).contains("as a member of District Accountability Committee");
            assertThat(unsubscribeHeader(secretary)).isNotEqualTo(residentLink);

            OutboxDrain.await(notifications, jdbc, WAIT);
            assertThat(Mailbox.to(mail, SECRETARY, title, 0, Duration.ZERO))
                    .as("member and subscriber: once")
                    .hasSize(1);
            assertThat(Mailbox.to(mail, MEMBER, title, 0, Duration.ZERO))
                    .as("turned off for DAC")
                    .isEmpty();
            assertThat(Mailbox.to(mail, CHAIR, title, 0, Duration.ZERO))
                    .as("waits for the digest")
                    .isEmpty();

            clock.advance(Duration.ofDays(1));
            digest.sendDue();
            MimeMessage summary =
                    Mailbox.to(mail, CHAIR, "Your daily summary", 1, WAIT).getLast();
            assertThat(Mailbox.body(summary))
                    .contains(
                            "District Accountability Committee: minutes of \"" + title + "\"",
                            "http://localhost:8080/public/minutes/",
                            "You chose one summary a day");
            unsubscribeHeader(summary);
            assertThat(digest.sendDue()).as("one digest a day").isZero();

            // News stamped before today's digest but committed after it went: it waits for tomorrow's.
            String late = "late-news-" + System.nanoTime();
            jdbc.update(
                    "insert into digest_item (person_id, body_id, category, item_key, body_name, title, starts_at,"
                            + " link, created_at) values (?, ?, 'MINUTES', ?, 'District Accountability Committee', 'Late news',"
                            + " ?, 'http://localhost:8080/public/minutes/1', ?)",
                    personId(CHAIR),
                    dac,
                    late,
                    Timestamp.valueOf(LocalDateTime.of(2026, 11, 2, 18, 30)),
                    Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
            assertThat(digest.sendDue()).isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from digest_item where item_key = ? and digested_at is null",
                            Integer.class,
                            late))
                    .as("not marked sent without being sent")
                    .isEqualTo(1);
            clock.advance(Duration.ofDays(1));
            assertThat(digest.sendDue()).isEqualTo(1);
            assertThat(Mailbox.body(Mailbox.to(mail, CHAIR, "Your daily summary", 2, WAIT)
                            .getLast()))
                    .contains("Late news");
        } finally {
            digestFor(CHAIR, false);
            subscriptions.resubscribe(memberLink.substring(memberLink.lastIndexOf('/') + 1));
        }
    }

    @Test
    void aMemberOnTheDailyDigestIsInvitedAtOnceToAMeetingThatComesBeforeTheDigest() throws Exception {
        // Just after today's digest went: the next is almost a day away.
        clock.advance(Duration.between(clock.instant(), digest.nextDigestAt()).plusMinutes(1));
        digestFor(SECRETARY, true);
        String soon = "Meeting before the digest " + System.nanoTime();
        String later = "Meeting after the digest " + System.nanoTime();
        try {
            RunAs.as(users, CHAIR, () -> {
                CheckInFixtures.dacMeetingThatStarted(committees, planning, clock, soon, Duration.ofHours(-3), true);
                CheckInFixtures.dacMeetingThatStarted(committees, planning, clock, later, Duration.ofDays(-3), true);
            });
            assertThat(Mailbox.to(mail, SECRETARY, soon, 1, WAIT))
                    .as("in three hours: the digest would be too late")
                    .hasSize(1);
            OutboxDrain.await(notifications, jdbc, WAIT);
            assertThat(Mailbox.to(mail, SECRETARY, later, 0, Duration.ZERO))
                    .as("in three days: waits for the digest")
                    .isEmpty();
        } finally {
            digestFor(SECRETARY, false);
            // The held invitation would otherwise turn up in another test's digest.
            jdbc.update("delete from digest_item where title = ?", later);
        }
    }

    @Test
    void aPublicMeetingIsAnnouncedToSubscribersAndAMemberWhoTurnedInvitationsOffGetsNone() throws Exception {
        String resident = "resident.meetings@example.org";
        subscribe(resident, Language.ENGLISH, Category.MEETINGS);
        String memberLink = subscriptions.memberUnsubscribeLink(personId(MEMBER), dac, Category.MEETINGS);
        subscriptions.unsubscribe(memberLink.substring(memberLink.lastIndexOf('/') + 1));
        String open = "Announced open meeting";
        String closed = "Unannounced closed meeting";
        try {
            long openId = RunAs.as(users, CHAIR, () -> {
                CheckInFixtures.dacMeetingThatStarted(committees, planning, clock, closed, Duration.ofDays(-21), false);
                return CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, clock, open, Duration.ofDays(-20), true);
            });

            MimeMessage announcement = Mailbox.to(mail, resident, open, 1, WAIT).getFirst();
            assertThat(announcement.getSubject()).startsWith("New meeting: " + open);
            assertThat(Mailbox.part(announcement, "text/plain"))
                    .contains(
                            "has scheduled a public meeting",
                            "Education Center, 1829 Denver West Dr",
                            "https://meet.example.org/jeffco/dac",
                            "Spanish",
                            "http://localhost:8080/meetings/",
                            "Unsubscribe: " + unsubscribeHeader(announcement))
                    .containsPattern("M[SD]T");
            MimeMessage invitation = Mailbox.to(mail, SECRETARY, open, 1, WAIT).getFirst();
            assertThat(unsubscribeHeader(invitation))
                    .as("a member's invitation is their announcement")
                    .isNotNull();

            OutboxDrain.await(notifications, jdbc, WAIT);
            assertThat(Mailbox.to(mail, resident, closed, 0, Duration.ZERO)).isEmpty();
            assertThat(Mailbox.to(mail, MEMBER, open, 0, Duration.ZERO)).isEmpty();

            RunAs.as(users, CHAIR, () -> {
                var m = meetings.find(openId).orElseThrow();
                planning.updateMeeting(
                        openId,
                        m.version(),
                        m.data().startingAt(m.startsAtLocal().plusHours(1)));
                planning.cancelMeeting(
                        openId, meetings.find(openId).orElseThrow().version(), "The room flooded");
            });
            MimeMessage moved = Mailbox.to(mail, resident, "Meeting changed: " + open, 1, WAIT)
                    .getFirst();
            assertThat(Mailbox.part(moved, "text/plain")).contains("has changed the time, place or joining details");
            MimeMessage cancelled = Mailbox.to(mail, resident, "Meeting cancelled: " + open, 1, WAIT)
                    .getFirst();
            assertThat(Mailbox.part(cancelled, "text/plain"))
                    .contains("has cancelled its public meeting", "Reason: The room flooded", "will not take place")
                    .doesNotContain("lets you say you are coming");
            assertThat(unsubscribeHeader(cancelled)).isNotNull();
        } finally {
            subscriptions.resubscribe(memberLink.substring(memberLink.lastIndexOf('/') + 1));
        }
    }
}
