package roundtable.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.base.RuleViolationException;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingLimits;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.Recurrence;
import roundtable.meetings.SeriesScheduled;
import roundtable.people.PersonSummary;

/** Scheduling a meeting invites the body's members by email, and a one-click answer lands on a page to confirm. */
@IntegrationTest
class RsvpInvitationIntegrationTest extends AttendanceTestSupport {

    static final Pattern ANSWER_LINK =
            Pattern.compile("https?://[^\\s\"<]+/rsvp/answer/([A-Za-z0-9_.-]+)\\?response=([A-Z_]+)");

    long dac() {
        return committees.findBySlug("dac").orElseThrow().id();
    }

    MeetingData meeting(String title, int inDays, MeetingFormat format) {
        // Far ahead and at noon, clear of the evening meetings other classes sharing this database check for clashes.
        LocalDateTime start = LocalDateTime.now(clock.withZone(DENVER))
                .toLocalDate()
                .plusDays(400 + inDays)
                .atTime(12, 0);
        return new MeetingData(
                dac(),
                title,
                start,
                DENVER,
                90,
                new MeetingPlace(
                        format,
                        format == MeetingFormat.ONLINE ? null : "Education Center, 1829 Denver West Dr",
                        format == MeetingFormat.IN_PERSON ? null : "Board Room",
                        null,
                        format == MeetingFormat.IN_PERSON ? null : "https://meet.example.org/dac-" + inDays,
                        format == MeetingFormat.IN_PERSON ? null : "+1 720 555 0100, code 4321",
                        List.of("es", "ase")),
                false,
                null);
    }

    long schedule(MeetingData data) {
        return as("dac.chair@example.org", () -> planning.scheduleMeeting(data));
    }

    /** The one invitation to this meeting that reached this address, waiting for the background sender. */
    MimeMessage invitation(String email, String title) {
        List<MimeMessage> found = Mailbox.to(mail, email, title, 1, Duration.ofSeconds(15));
        assertThat(found).as("one invitation to " + email).hasSize(1);
        return found.getFirst();
    }

    /** The signed token of each one-click answer in an email. */
    static Map<Response, String> answerTokens(MimeMessage message) {
        Matcher m = ANSWER_LINK.matcher(Mailbox.part(message, "text/plain"));
        Map<Response, String> tokens = new LinkedHashMap<>();
        while (m.find()) {
            tokens.put(Response.valueOf(m.group(2)), m.group(1));
        }
        return tokens;
    }

    Set<String> memberAddresses() {
        Map<Long, PersonSummary> contacts =
                as("admin@example.org", () -> people.contacts(committees.currentMemberIds(dac())));
        return contacts.values().stream()
                .filter(p -> !p.anonymised())
                .map(p -> p.email().toLowerCase())
                .collect(Collectors.toSet());
    }

    @Test
    void schedulingAMeetingEmailsEachMemberInTheirLanguageWithOneClickAnswers() throws Exception {
        String title = "Invitation check: hybrid budget session";
        long id = schedule(meeting(title, 15, MeetingFormat.HYBRID));

        Set<String> members = memberAddresses();
        assertThat(members).contains("dac.member@example.org", "dac.chair@example.org", "priya.raman@example.org");
        for (String member : members) {
            invitation(member, title);
        }

        MimeMessage spanish = invitation("dac.member@example.org", title);
        assertThat(spanish.getSubject()).startsWith("Invitación: " + title);
        String body = Mailbox.part(spanish, "text/plain");
        assertThat(body)
                .contains(
                        "Hola, María Fernanda Ruiz",
                        "District Accountability Committee",
                        title,
                        "Presencial y en línea · Education Center, 1829 Denver West Dr · Board Room",
                        "https://meet.example.org/dac-15",
                        "+1 720 555 0100",
                        "Español, ASL",
                        "/meetings/" + id,
                        "Asistiré en persona",
                        "Me conectaré en línea",
                        "No podré asistir",
                        "Quizás")
                .containsPattern("12:00 M[SD]T");
        assertThat(Mailbox.part(spanish, "text/html"))
                .as("an HTML part with the same buttons")
                .contains("Asistiré en persona")
                .contains("/rsvp/answer/");
        assertThat(answerTokens(spanish)).containsOnlyKeys(Response.values());

        MimeMessage english = invitation("dac.chair@example.org", title);
        assertThat(english.getSubject()).startsWith("Invitation: " + title);
        assertThat(Mailbox.body(english)).contains("Hello Dana Whitfield", "I'll be there in person", "I can't come");

        String token = answerTokens(spanish).get(Response.ONLINE);
        InvitationView view = as(null, () -> invitationRsvps.invitation(token));
        assertThat(view.name()).isEqualTo("María Fernanda Ruiz");
        assertThat(view.meeting().meetingId()).isEqualTo(id);
        assertThat(view.standing()).isEqualTo(InvitationView.Standing.OPEN);
        assertThat(view.current()).as("nobody has answered yet").isNull();
        assertThat(answerTokens(english).get(Response.ONLINE))
                .as("each member has links of their own")
                .isNotEqualTo(token);
    }

    @Test
    void anInPersonMeetingOffersNoOnlineAnswerAndNoJoinLink() {
        String title = "Invitation check: in-person only";
        schedule(meeting(title, 16, MeetingFormat.IN_PERSON));
        MimeMessage message = invitation("dac.member@example.org", title);
        assertThat(answerTokens(message)).containsOnlyKeys(Response.IN_PERSON, Response.NOT_ATTENDING, Response.MAYBE);
        assertThat(Mailbox.body(message)).doesNotContain("Unirse en línea").doesNotContain("Me conectaré en línea");
    }

    @Test
    void lookingChangesNothingAndConfirmingRecordsTheRsvpAsTheMeetingPageWould() {
        String title = "Invitation check: confirm from the email";
        long id = schedule(meeting(title, 17, MeetingFormat.HYBRID));
        String token = answerTokens(invitation("dac.member@example.org", title)).get(Response.IN_PERSON);

        as(null, () -> invitationRsvps.invitation(token));
        as(null, () -> invitationRsvps.invitation(token));
        assertThat(jdbc.queryForObject("select count(*) from rsvp where meeting_id = ?", Long.class, id))
                .as("opening the link, as a mail scanner would, records nothing")
                .isZero();

        AccessNeeds spanish =
                new AccessNeeds("es", InterpretationMode.SIMULTANEOUS_ONLINE, null, Set.of(), null, null, null, false);
        RsvpView saved = as(null, () -> invitationRsvps.rsvpByInvitation(token, Response.ONLINE, spanish));
        assertThat(saved.state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(saved.response())
                .as("the answer adjusted on the page, not the one clicked")
                .isEqualTo(Response.ONLINE);

        RsvpView mine =
                as("dac.member@example.org", () -> attendance.myRsvp(id)).orElseThrow();
        assertThat(mine.response()).isEqualTo(Response.ONLINE);
        assertThat(mine.needs().interpretationLanguage()).isEqualTo("es");
        assertThat(as(null, () -> invitationRsvps.invitation(token)).current().response())
                .as("the link shows the answer given")
                .isEqualTo(Response.ONLINE);

        MimeMessage confirmed = Mailbox.to(
                        mail,
                        "dac.member@example.org",
                        "Su asistencia está confirmada: " + title,
                        1,
                        Duration.ofSeconds(15))
                .getFirst();
        assertThat(Mailbox.body(confirmed)).contains(title).contains("/meetings/" + id);

        RsvpView changed = as(null, () -> invitationRsvps.rsvpByInvitation(token, Response.NOT_ATTENDING, spanish));
        assertThat(changed.response()).isEqualTo(Response.NOT_ATTENDING);
        assertThat(changed.needs().any()).as("not attending asks for nothing").isFalse();
    }

    @Test
    void theLinkPageNeverShowsWhatTheMemberWroteAndKeepsItWhenLeftBlank() {
        String title = "Invitation check: own words";
        long id = schedule(meeting(title, 11, MeetingFormat.IN_PERSON));
        String token = answerTokens(invitation("dac.member@example.org", title)).get(Response.IN_PERSON);
        as(
                "dac.member@example.org",
                () -> attendance.rsvp(
                        id,
                        Response.IN_PERSON,
                        new AccessNeeds(
                                null,
                                null,
                                null,
                                Set.of(AccommodationType.OTHER),
                                "I use a service dog",
                                2,
                                "4 and 7",
                                false)));

        AccessNeeds shown =
                as(null, () -> invitationRsvps.invitation(token)).current().needs();
        assertThat(shown.accommodations()).as("what was asked for shows").contains(AccommodationType.OTHER);
        assertThat(shown.childrenCount()).isEqualTo(2);
        assertThat(shown.accommodationDetails())
                .as("a forwarded email must not show it")
                .isNull();
        assertThat(shown.childrenAges()).isNull();

        as(null, () -> invitationRsvps.rsvpByInvitation(token, Response.ONLINE, shown));
        AccessNeeds kept = as("dac.member@example.org", () -> attendance.myRsvp(id))
                .orElseThrow()
                .needs();
        assertThat(kept.accommodationDetails())
                .as("left blank on the link page, kept")
                .isEqualTo("I use a service dog");
        assertThat(kept.childrenAges()).isEqualTo("4 and 7");
    }

    @Test
    void membersWhoHaveNotAnsweredHearWhenTheMeetingMovesOrIsCancelled() throws Exception {
        String title = "Invitation check: moved";
        long id = schedule(meeting(title, 12, MeetingFormat.IN_PERSON));
        invitation("dac.member@example.org", title);
        as("dac.chair@example.org", () -> attendance.rsvp(id, Response.IN_PERSON, AccessNeeds.none()));
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        mail.purgeEmailFromAllMailboxes();

        var before = as("dac.chair@example.org", () -> meetings.find(id).orElseThrow());
        as(
                "dac.chair@example.org",
                () -> planning.updateMeeting(
                        id,
                        before.version(),
                        before.data().startingAt(before.startsAtLocal().plusHours(2))));
        MimeMessage moved = Mailbox.to(mail, "dac.member@example.org", "Cambio: " + title, 1, Duration.ofSeconds(10))
                .getFirst();
        assertThat(answerTokens(moved)).as("fresh buttons").containsKey(Response.IN_PERSON);
        assertThat(Mailbox.to(mail, "dac.chair@example.org", "Changed: " + title, 0, Duration.ofSeconds(2)))
                .as("the chair answered, so the attendance notice tells her instead")
                .isEmpty();

        var moved2 = as("dac.chair@example.org", () -> meetings.find(id).orElseThrow());
        as("dac.chair@example.org", () -> {
            planning.cancelMeeting(id, moved2.version(), "No quorum expected");
            return null;
        });
        String cancelled = Mailbox.body(
                Mailbox.to(mail, "dac.member@example.org", "Cancelada: " + title, 1, Duration.ofSeconds(10))
                        .getFirst());
        assertThat(cancelled).contains("No quorum expected");
    }

    @Test
    void aFullMeetingPutsTheLinksAnswerOnTheWaitlistLikeAnyOther() {
        String title = "Invitation check: one place";
        long id = schedule(meeting(title, 18, MeetingFormat.IN_PERSON));
        as("dac.chair@example.org", () -> {
            capacity.setCapacity(id, 1);
            return attendance.rsvp(id, Response.IN_PERSON, AccessNeeds.none());
        });
        String token = answerTokens(invitation("dac.member@example.org", title)).get(Response.IN_PERSON);
        RsvpView waiting =
                as(null, () -> invitationRsvps.rsvpByInvitation(token, Response.IN_PERSON, AccessNeeds.none()));
        assertThat(waiting.state()).isEqualTo(RsvpState.WAITLISTED);
        assertThat(waiting.waitlistPosition()).isEqualTo(1);

        // The chair gives up her place from the meeting page: the member who answered by email gets it.
        as("dac.chair@example.org", () -> attendance.rsvp(id, Response.NOT_ATTENDING, AccessNeeds.none()));
        assertThat(as(null, () -> invitationRsvps.invitation(token)).current().state())
                .isEqualTo(RsvpState.CONFIRMED);
    }

    @Test
    void aSeriesIsAnnouncedOnceToEachMemberWithItsFirstMeeting() {
        String title = "Invitation check: weekly working group";
        MeetingData first = meeting(title, 20, MeetingFormat.ONLINE);
        SeriesScheduled series = as(
                "dac.chair@example.org",
                () -> seriesPlanning.scheduleSeries(first, new Recurrence(Recurrence.Pattern.WEEKLY, 1, null, 6)));
        assertThat(series.meetingIds()).hasSize(6);

        MimeMessage message = invitation("dac.member@example.org", title);
        assertThat(Mailbox.body(message))
                .contains("Es la primera reunión de una serie")
                .contains("/meetings/" + series.meetingIds().getFirst());
        assertThat(answerTokens(message)).containsOnlyKeys(Response.ONLINE, Response.NOT_ATTENDING, Response.MAYBE);
        String token = answerTokens(message).get(Response.ONLINE);
        assertThat(as(null, () -> invitationRsvps.invitation(token)).meeting().meetingId())
                .isEqualTo(series.meetingIds().getFirst());

        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        for (String member : memberAddresses()) {
            assertThat(Mailbox.to(mail, member, title, 0, Duration.ZERO))
                    .as("one email for the series to " + member)
                    .hasSize(1);
        }
    }

    @Test
    void aTamperedOrForeignLinkIsRefusedAndAnExpiredOneAnswersNoMore() {
        String title = "Invitation check: links";
        long id = schedule(meeting(title, 19, MeetingFormat.HYBRID));
        String token = answerTokens(invitation("dac.member@example.org", title)).get(Response.IN_PERSON);

        String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        assertThatThrownBy(() -> as(null, () -> invitationRsvps.invitation(tampered)))
                .isInstanceOf(RsvpLinkException.class)
                .extracting(e -> ((RsvpLinkException) e).problem())
                .isEqualTo(RsvpLinkException.Problem.INVALID);
        assertThatThrownBy(() -> as(null, () -> invitationRsvps.rsvpByInvitation(tampered, Response.IN_PERSON, null)))
                .isInstanceOf(RsvpLinkException.class);
        assertThatThrownBy(() -> as(null, () -> guestChanges.guestManage(token)))
                .as("a member's link is no guest's manage link")
                .isInstanceOf(RsvpLinkException.class);
        assertThat(jdbc.queryForObject("select count(*) from rsvp where meeting_id = ?", Long.class, id))
                .isZero();

        // Every member's invitation goes first: queued on a clock moved forward, it would wait until then.
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        clock.advance(Duration.ofDays(420));
        InvitationView after = as(null, () -> invitationRsvps.invitation(token));
        assertThat(after.standing())
                .as("the page says the meeting has started")
                .isEqualTo(InvitationView.Standing.STARTED);
        assertThatThrownBy(() -> as(null, () -> invitationRsvps.rsvpByInvitation(token, Response.IN_PERSON, null)))
                .isInstanceOf(RsvpLinkException.class)
                .extracting(e -> ((RsvpLinkException) e).problem())
                .isEqualTo(RsvpLinkException.Problem.EXPIRED);
    }

    /** The invitation event is stored whole (event_publication.serialized_event, 4,000 characters) before it is sent. */
    @Test
    void aMeetingWithEveryFieldAtItsLongestIsStillScheduledAndAnnounced() {
        String title = "Invitation check: long " + "é".repeat(MeetingLimits.TITLE - 24);
        MeetingData longest = new MeetingData(
                dac(),
                title,
                meeting(title, 22, MeetingFormat.HYBRID).startsAt(),
                DENVER,
                90,
                new MeetingPlace(
                        MeetingFormat.HYBRID,
                        "ñ".repeat(MeetingLimits.LOCATION),
                        "ü".repeat(MeetingLimits.ROOM),
                        null,
                        "https://meet.example.org/" + "a".repeat(MeetingLimits.URL - 25),
                        "9".repeat(MeetingLimits.DIAL_IN),
                        List.of("es", "ase")),
                false,
                null);
        long id = schedule(longest);
        assertThat(answerTokens(invitation("dac.member@example.org", "Invitation check: long")))
                .hasSize(4);
        assertThat(id).isPositive();
    }

    @Test
    void aCancelledMeetingTakesNoAnswerFromTheLink() {
        String title = "Invitation check: called off";
        long id = schedule(meeting(title, 21, MeetingFormat.IN_PERSON));
        String token = answerTokens(invitation("dac.member@example.org", title)).get(Response.IN_PERSON);
        as("dac.chair@example.org", () -> {
            planning.cancelMeeting(id, meetings.find(id).orElseThrow().version(), "Room flooded");
            return null;
        });
        assertThat(as(null, () -> invitationRsvps.invitation(token)).standing())
                .isEqualTo(InvitationView.Standing.CANCELLED);
        assertThatThrownBy(() -> as(null, () -> invitationRsvps.rsvpByInvitation(token, Response.IN_PERSON, null)))
                .isInstanceOf(RuleViolationException.class);
    }
}
