package roundtable.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.TestClock;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.notifications.NotificationService;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;

@IntegrationTest
class SchedulingIntegrationTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    SchedulingService scheduling;

    @Autowired
    PollAnswers answering;

    @Autowired
    PollDecisions decisions;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    GreenMail mail;

    @Autowired
    TestClock clock;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClockAndLetTheMailGo() throws Exception {
        clock.reset();
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        // Other classes sharing this server read "the last message to" a demo account.
        mail.purgeEmailFromAllMailboxes();
    }

    long dac() {
        return committees.findBySlug("dac").orElseThrow().id();
    }

    LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.now(clock.withZone(DENVER))
                .toLocalDate()
                .plusDays(days)
                .atTime(hour, 0);
    }

    PollProposal proposal(String title, List<LocalDateTime> times, LocalDateTime deadline, List<String> extra) {
        Set<Long> members = scheduling.invitableMembers(dac()).stream()
                .map(InvitableMember::personId)
                .collect(Collectors.toSet());
        return new PollProposal(
                title,
                120,
                new MeetingPlace(
                        MeetingFormat.HYBRID,
                        "Education Center, Board Room",
                        "https://meet.example.org/dac",
                        List.of()),
                true,
                times,
                members,
                extra,
                deadline);
    }

    PollProposal threeTimes(String title) {
        return proposal(
                title,
                List.of(inDays(10, 18), inDays(11, 18), inDays(12, 15)),
                inDays(7, 12),
                List.of("guest.parent@example.net"));
    }

    void refused(PollProposal proposal, String field, String key) {
        int before = scheduling.polls(dac()).size();
        assertThatThrownBy(() -> scheduling.proposeTimes(dac(), proposal))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
        assertThat(scheduling.polls(dac())).hasSize(before);
    }

    /** The personal link emailed to one invitee for the poll with this title. */
    String tokenFor(String email, String title) {
        return Mailbox.awaitLink(mail, email, title, "/availability/", Duration.ofSeconds(10))
                .replaceAll(".*/availability/", "");
    }

    /** Answers as an anonymous visitor would, then puts the signed-in chair back. */
    Invitation answerAnonymously(String token, Map<Long, Availability> answers, Needs needs) {
        SecurityContext chair = SecurityContextHolder.getContext();
        TestSecurityContextHolder.clearContext();
        try {
            return answering.answer(token, answers, needs);
        } finally {
            TestSecurityContextHolder.setContext(chair);
        }
    }

    static Map<Long, Availability> all(Invitation invitation, Availability... answers) {
        Map<Long, Availability> map = new HashMap<>();
        for (int i = 0; i < invitation.candidates().size(); i++) {
            map.put(invitation.candidates().get(i).id(), answers[i]);
        }
        return map;
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void badProposalsAreRefusedAtTheirFieldAndSaveNothing() {
        LocalDateTime deadline = inDays(3, 12);
        refused(
                proposal("Past", List.of(inDays(-1, 18), inDays(10, 18)), deadline, List.of()),
                "candidate.0",
                "poll.error.candidate-past");
        refused(
                proposal("Late deadline", List.of(inDays(10, 18), inDays(5, 18)), inDays(6, 12), List.of()),
                "deadline",
                "poll.error.deadline-after-first");
        refused(proposal("One", List.of(inDays(10, 18)), deadline, List.of()), "candidates", "poll.error.too-few");
        List<LocalDateTime> many =
                IntStream.range(0, 21).mapToObj(i -> inDays(10 + i, 18)).toList();
        refused(proposal("Many", many, deadline, List.of()), "candidates", "poll.error.too-many");
        refused(
                proposal("Twice", List.of(inDays(10, 18), inDays(10, 18)), deadline, List.of()),
                "candidate.1",
                "poll.error.candidate-duplicate");
        refused(
                proposal("Bad email", List.of(inDays(10, 18), inDays(11, 18)), deadline, List.of("not-an-address")),
                "extraEmails",
                "poll.error.bad-email");
        Set<Long> nobody = Set.of();
        List<LocalDateTime> two = List.of(inDays(10, 18), inDays(11, 18));
        refused(
                new PollProposal(
                        "No way in",
                        60,
                        new MeetingPlace(MeetingFormat.ONLINE, null, null, List.of()),
                        true,
                        two,
                        nobody,
                        List.of(),
                        deadline),
                "onlineUrl",
                "meeting.error.join-required");
        refused(
                new PollProposal(
                        "No address",
                        60,
                        new MeetingPlace(MeetingFormat.IN_PERSON, " ", null, List.of()),
                        true,
                        two,
                        nobody,
                        List.of(),
                        deadline),
                "location",
                "meeting.error.place-required");
        refused(
                new PollProposal(
                        "Bad link",
                        60,
                        new MeetingPlace(MeetingFormat.ONLINE, null, "javascript:alert(1)", List.of()),
                        true,
                        two,
                        nobody,
                        List.of(),
                        deadline),
                "onlineUrl",
                "meeting-editor.online-url.invalid");
        refused(
                proposal("Deadline gone", List.of(inDays(10, 18), inDays(11, 18)), inDays(-1, 12), List.of()),
                "deadline",
                "poll.error.deadline-past");
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void anOrdinaryMemberCannotProposeOrReadOrDecide() {
        assertThatThrownBy(() -> scheduling.proposeTimes(
                        dac(),
                        new PollProposal(
                                "Mine",
                                60,
                                new MeetingPlace(MeetingFormat.ONLINE, null, null, List.of()),
                                true,
                                List.of(inDays(10, 18), inDays(11, 18)),
                                Set.of(),
                                List.of(),
                                inDays(3, 12))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scheduling.polls(dac())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void inviteesAnswerFromTheirEmailedLinksAndCanChangeTheirAnswers() throws Exception {
        long pollId = scheduling.proposeTimes(dac(), threeTimes("Budget workshop"));

        MimeMessage spanish = Mailbox.to(mail, "dac.member@example.org", "Budget workshop", 1, Duration.ofSeconds(10))
                .getLast();
        assertThat(spanish.getSubject()).isEqualTo("¿Cuándo puede venir? Budget workshop");
        assertThat(Mailbox.body(spanish)).contains("Hola, María Fernanda Ruiz", "Responda antes del");
        String token = tokenFor("dac.member@example.org", "Budget workshop");
        assertThat(Mailbox.to(mail, "guest.parent@example.net", "Budget workshop", 1, Duration.ofSeconds(10)))
                .hasSize(1);

        SecurityContext chair = SecurityContextHolder.getContext();
        TestSecurityContextHolder.clearContext();
        Invitation invitation;
        try {
            invitation = answering.invitation(token);
        } finally {
            TestSecurityContextHolder.setContext(chair);
        }
        assertThat(invitation.inviteeName()).isEqualTo("María Fernanda Ruiz");
        assertThat(invitation.language().tag()).isEqualTo("es");
        assertThat(invitation.candidates()).hasSize(3);
        assertThat(invitation.takesAnswers()).isTrue();

        Invitation answered = answerAnonymously(
                token,
                all(invitation, Availability.YES, Availability.NO, Availability.IF_NEED_BE),
                new Needs(false, "es", false));
        assertThat(answered.answeredAt()).isNotNull();
        Invitation changed = answerAnonymously(
                token,
                all(invitation, Availability.NO, Availability.YES, Availability.YES),
                new Needs(true, "es", false));
        assertThat(changed.answers().values())
                .containsExactlyInAnyOrder(Availability.NO, Availability.YES, Availability.YES);
        assertThat(changed.needs().childcare()).isTrue();

        PollResults results = decisions.results(pollId);
        assertThat(results.poll().answered()).isEqualTo(1);
        RankedCandidate second = results.ranking().stream()
                .filter(r -> r.candidateId() == invitation.candidates().get(1).id())
                .findFirst()
                .orElseThrow();
        assertThat(second.yes()).isEqualTo(1);
        assertThat(second.interpretation()).containsEntry("es", 1);
        assertThat(second.childcare()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void answersAreIncompleteOrInAnUnofferedLanguageAreRefused() {
        scheduling.proposeTimes(dac(), threeTimes("Incomplete answers"));
        String token = tokenFor("dac.secretary@example.org", "Incomplete answers");
        Invitation invitation = answering.invitation(token);
        Map<Long, Availability> partial =
                Map.of(invitation.candidates().getFirst().id(), Availability.YES);
        assertThatThrownBy(() -> answerAnonymously(token, partial, Needs.none()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("availability.error.answer-every-time"));
        assertThatThrownBy(() -> answerAnonymously(
                        token,
                        all(invitation, Availability.YES, Availability.YES, Availability.YES),
                        new Needs(false, "xx", false)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(answering.invitation(token).answeredAt()).isNull();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aTimeThatClashesWithTheBodysOwnMeetingIsPointedOutBeforeChoosing() {
        LocalDateTime taken = inDays(40, 18);
        long existing = planning.scheduleMeeting(new MeetingData(
                dac(),
                "Already booked",
                taken,
                DENVER,
                90,
                MeetingFormat.IN_PERSON,
                "Education Center",
                null,
                true,
                List.of(),
                null));
        long pollId = scheduling.proposeTimes(
                dac(), proposal("Clash check", List.of(taken, inDays(41, 18)), inDays(30, 12), List.of()));
        var ranking = decisions.ranking(pollId);
        long clashing = ranking.stream()
                .filter(c -> c.start().equals(taken))
                .findFirst()
                .orElseThrow()
                .candidateId();
        long free = ranking.stream()
                .filter(c -> !c.start().equals(taken))
                .findFirst()
                .orElseThrow()
                .candidateId();

        assertThat(decisions.clashesOf(pollId, clashing))
                .singleElement()
                .satisfies(c -> assertThat(c.meetingId()).isEqualTo(existing));
        assertThat(decisions.clashesOf(pollId, free)).isEmpty();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aTamperedLinkOrOneAfterTheDeadlineSavesNothing() {
        scheduling.proposeTimes(dac(), threeTimes("Deadline test"));
        String token = tokenFor("hannah.becker@example.org", "Deadline test");
        Invitation invitation = answering.invitation(token);
        Map<Long, Availability> yes = all(invitation, Availability.YES, Availability.YES, Availability.YES);

        String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        assertThatThrownBy(() -> answerAnonymously(tampered, yes, Needs.none()))
                .isInstanceOfSatisfying(
                        PollLinkException.class,
                        e -> assertThat(e.problem()).isEqualTo(PollLinkException.Problem.INVALID));

        // After the deadline the link still opens (to show what was chosen) but takes no answers...
        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> answerAnonymously(token, yes, Needs.none()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("availability.error.closed"));
        assertThat(answering.invitation(token).takesAnswers()).isFalse();
        // ...and a month on it has expired.
        clock.advance(PollLinks.LINK_OUTLIVES_DEADLINE);
        assertThatThrownBy(() -> answerAnonymously(token, yes, Needs.none()))
                .isInstanceOfSatisfying(
                        PollLinkException.class,
                        e -> assertThat(e.problem()).isEqualTo(PollLinkException.Problem.EXPIRED));
        clock.reset();
        assertThat(answering.invitation(token).answeredAt()).isNull();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void theMeetingMadeFromTheChosenTimeTakesThePollsWholePlace() {
        MeetingPlace place = new MeetingPlace(
                MeetingFormat.HYBRID,
                " Education Center, 1829 Denver West Dr ",
                "Board Room",
                "Step-free entrance on the north side",
                "https://meet.example.org/whole-place",
                "+1 720 555 0100, code 4321",
                List.of("vi", "es"));
        Set<Long> nobody = Set.of();
        long pollId = scheduling.proposeTimes(
                dac(),
                new PollProposal(
                        "Whole place",
                        90,
                        place,
                        false,
                        List.of(inDays(10, 18), inDays(11, 18)),
                        nobody,
                        List.of("whole.place@example.net"),
                        inDays(7, 12)));
        PollResults before = decisions.results(pollId);

        long meetingId = decisions.decide(
                pollId, before.ranking().getFirst().candidateId(), before.poll().version());

        MeetingSummary meeting = meetings.find(meetingId).orElseThrow();
        assertThat(meeting.place())
                .as("every part of the place, blanks and spaces aside")
                .isEqualTo(new MeetingPlace(
                        MeetingFormat.HYBRID,
                        "Education Center, 1829 Denver West Dr",
                        "Board Room",
                        "Step-free entrance on the north side",
                        "https://meet.example.org/whole-place",
                        "+1 720 555 0100, code 4321",
                        List.of("vi", "es")));
        assertThat(meeting.publicMeeting()).isFalse();
        assertThat(meeting.durationMinutes()).isEqualTo(90);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aPollIsOnlineWithADialInAloneAndRefusesLanguagesNobodyInterprets() {
        Set<Long> nobody = Set.of();
        List<LocalDateTime> two = List.of(inDays(10, 18), inDays(11, 18));
        long pollId = scheduling.proposeTimes(
                dac(),
                new PollProposal(
                        "By phone",
                        60,
                        new MeetingPlace(MeetingFormat.ONLINE, null, null, null, null, "+1 720 555 0100", List.of()),
                        true,
                        two,
                        nobody,
                        List.of("by.phone@example.net"),
                        inDays(7, 12)));
        assertThat(decisions.results(pollId).poll().title()).isEqualTo("By phone");
        refused(
                new PollProposal(
                        "Klingon",
                        60,
                        new MeetingPlace(MeetingFormat.IN_PERSON, "Education Center", null, List.of("tlh")),
                        true,
                        two,
                        nobody,
                        List.of("klingon@example.net"),
                        inDays(7, 12)),
                "languagesOffered",
                "validation.language-unknown");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void choosingATimeSchedulesThePublicMeetingAndTellsEveryoneInTheirLanguage() throws Exception {
        long pollId = scheduling.proposeTimes(dac(), threeTimes("Community forum"));
        PollResults before = decisions.results(pollId);
        RankedCandidate pick = before.ranking().getFirst();

        long meetingId =
                decisions.decide(pollId, pick.candidateId(), before.poll().version());

        MeetingSummary meeting = meetings.find(meetingId).orElseThrow();
        assertThat(meeting.title()).isEqualTo("Community forum");
        assertThat(meeting.startsAtLocal()).isEqualTo(pick.start());
        assertThat(meeting.zone()).isEqualTo(DENVER);
        assertThat(meeting.publicMeeting()).isTrue();
        assertThat(meeting.format()).isEqualTo(MeetingFormat.HYBRID);
        assertThat(meeting.location()).isEqualTo("Education Center, Board Room");
        PollResults after = decisions.results(pollId);
        assertThat(after.poll().status()).isEqualTo(PollStatus.DECIDED);
        assertThat(after.poll().meetingId()).isEqualTo(meetingId);
        assertThat(after.takesAnswers()).isFalse();

        MimeMessage toMember = Mailbox.to(
                        mail,
                        "dac.member@example.org",
                        "Fecha de reunión elegida: Community forum",
                        1,
                        Duration.ofSeconds(10))
                .getLast();
        assertThat(Mailbox.body(toMember)).contains("/meetings/" + meetingId, "Education Center, Board Room");
        MimeMessage toGuest = Mailbox.to(
                        mail,
                        "guest.parent@example.net",
                        "Meeting time chosen: Community forum",
                        1,
                        Duration.ofSeconds(10))
                .getLast();
        assertThat(Mailbox.body(toGuest)).contains("/meetings/" + meetingId, "In person and online");
        assertThat(Mailbox.calendar(toGuest))
                .as("the meeting for the guest's calendar")
                .contains("METHOD:REQUEST", "UID:meeting-" + meetingId + "@", "ATTENDEE;", "guest.parent@example.net");

        assertThatThrownBy(() -> decisions.decide(
                        pollId, pick.candidateId(), after.poll().version()))
                .isInstanceOf(RuleViolationException.class);
        // The link still opens, and says the time is chosen; it no longer takes answers.
        String token = tokenFor("dac.secretary@example.org", "Community forum");
        Invitation closed = answering.invitation(token);
        assertThat(closed.status()).isEqualTo(PollStatus.DECIDED);
        assertThat(closed.chosen()).isEqualTo(pick.start());
        assertThatThrownBy(() -> answerAnonymously(
                        token, all(closed, Availability.YES, Availability.YES, Availability.YES), Needs.none()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void someoneWhoDoesNotRunTheBodyCannotDecide() {
        long pollId = asUser("dac.chair@example.org", () -> scheduling.proposeTimes(dac(), threeTimes("Not yours")));
        asUser("dac.member@example.org", () -> {
            assertThatThrownBy(() -> decisions.results(pollId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.decide(pollId, 1, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.closePoll(pollId, 0)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        asUser("dac.chair@example.org", () -> {
            assertThat(decisions.results(pollId).poll().status()).isEqualTo(PollStatus.OPEN);
            return null;
        });
    }

    @Autowired
    PersonService people;

    @Autowired
    PersonEditor personEditor;

    @Test
    void anonymisingSomeoneErasesTheirNameAndAddressFromPollsButKeepsTheirAnswers() {
        long person = asUser(
                "admin@example.org",
                () -> personEditor.registerPerson(
                        PersonData.of("Temporary Guest", "temporary.guest@example.org", Language.ENGLISH)));
        long pollId = asUser(
                "dac.chair@example.org",
                () -> scheduling.proposeTimes(
                        dac(),
                        proposal(
                                "Erasure check",
                                List.of(inDays(10, 18), inDays(11, 18)),
                                inDays(7, 12),
                                List.of("Temporary.Guest@example.org"))));
        String token = tokenFor("temporary.guest@example.org", "Erasure check");
        Invitation invitation = answering.invitation(token);
        answering.answer(token, all(invitation, Availability.YES, Availability.NO), Needs.none());

        asUser("admin@example.org", () -> {
            personEditor.anonymisePerson(person);
            return null;
        });

        // The erasure follows the anonymisation's commit, on another thread.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> asUser(
                        "dac.chair@example.org",
                        () -> assertThat(decisions.results(pollId).invitees())
                                .extracting(PollResults.InviteeStatus::name)
                                .doesNotContain("Temporary Guest")));
        asUser("dac.chair@example.org", () -> {
            PollResults results = decisions.results(pollId);
            assertThat(results.invitees())
                    .extracting(PollResults.InviteeStatus::name)
                    .contains("Former member");
            assertThat(results.ranking()).anySatisfy(r -> assertThat(r.yes()).isEqualTo(1));
            return null;
        });
        assertThatThrownBy(() -> answering.invitation(token)).isInstanceOf(PollLinkException.class);
    }

    @Autowired
    UserDetailsService users;

    <T> T asUser(String email, Supplier<T> action) {
        var user = users.loadUserByUsername(email);
        var auth = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
