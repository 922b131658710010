package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.notifications.NotificationService;
import roundtable.scheduling.Availability;
import roundtable.scheduling.InvitableMember;
import roundtable.scheduling.Invitation;
import roundtable.scheduling.Needs;
import roundtable.scheduling.PollAnswers;
import roundtable.scheduling.PollDecisions;
import roundtable.scheduling.PollProposal;
import roundtable.scheduling.PollStatus;
import roundtable.scheduling.SchedulingService;
import roundtable.scheduling.ui.FindATimeView;
import roundtable.scheduling.ui.PollView;

/** The invitee's answer page and the chair's pages, without a browser. */
@IntegrationTest
class FindATimeViewsTest extends SpringBrowserlessTest {

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
    UserDetailsService users;

    @Autowired
    GreenMail mail;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        // Other classes sharing this server read "the last message to" a demo account.
        mail.purgeEmailFromAllMailboxes();
    }

    LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.now(DENVER).toLocalDate().plusDays(days).atTime(hour, 0);
    }

    /** A DAC poll with three evening times, sent by the chair whoever is signed in for the test. */
    long poll(String title) {
        return as("dac.chair@example.org", () -> {
            long dac = committees.findBySlug("dac").orElseThrow().id();
            var members = scheduling.invitableMembers(dac).stream()
                    .map(InvitableMember::personId)
                    .collect(Collectors.toSet());
            return scheduling.proposeTimes(
                    dac,
                    new PollProposal(
                            title,
                            120,
                            new MeetingPlace(
                                    MeetingFormat.HYBRID,
                                    "Education Center",
                                    "https://meet.example.org/dac",
                                    List.of()),
                            true,
                            List.of(inDays(20, 18), inDays(21, 18), inDays(22, 18)),
                            members,
                            List.of(),
                            inDays(15, 12)));
        });
    }

    String token(String email, String title) {
        return Mailbox.awaitLink(mail, email, title, "/availability/", Duration.ofSeconds(10))
                .replaceAll(".*/availability/", "");
    }

    <T> T as(String email, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            TestSecurityContextHolder.setContext(previous);
        }
    }

    String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<Availability> answer(int index) {
        return find(RadioButtonGroup.class).withId("answer-" + index).single();
    }

    @Test
    @WithAnonymousUser
    void aMemberAnswersInTheirOwnLanguageSaysWhatTheyNeedAndSeesTheirAnswers() {
        poll("Spring budget forum");
        navigate("availability/" + token("dac.member@example.org", "Spring budget forum"), Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Spring budget forum");
        assertThat(text()).contains("Hola, María Fernanda Ruiz", "Responda antes del");
        assertThat(answer(0).getLabel()).containsPattern("M[SD]T – .* M[SD]T");
        test(answer(0)).selectItem("Sí");
        test(answer(1)).selectItem("Si hace falta");
        test(answer(2)).selectItem("No");
        test(find(Checkbox.class).withId("needs-childcare").single()).click();
        @SuppressWarnings("unchecked")
        Select<String> interpretation =
                find(Select.class).withId("needs-interpretation").single();
        test(interpretation).selectItem("Español");
        test(find(Button.class).withId("save-answers").single()).click();

        assertThat(find(Paragraph.class).withId("answers-saved").single().getText())
                .startsWith("Gracias");
        String answers =
                find(Section.class).withId("your-answers").single().getElement().getTextRecursively();
        assertThat(answers)
                .contains(
                        ": Sí",
                        ": Si hace falta",
                        ": No",
                        "Necesito cuidado de niños",
                        "Necesito interpretación en Español");
        // The form stays, filled in, so the answers can be changed until the deadline.
        assertThat(answer(1).getValue()).isEqualTo(Availability.IF_NEED_BE);
        assertThat(find(Button.class).withId("save-answers").single().getText()).isEqualTo("Guardar mis cambios");
    }

    @Test
    @WithAnonymousUser
    void aTimeLeftUnansweredIsPointedOutAndNothingIsSaved() {
        poll("Unanswered check");
        String token = token("hannah.becker@example.org", "Unanswered check");
        navigate("availability/" + token, Component.class);
        test(answer(0)).selectItem("Yes");
        test(find(Button.class).withId("save-answers").single()).click();
        assertThat(answer(1).isInvalid()).isTrue();
        assertThat(answer(1).getErrorMessage()).isEqualTo("Choose yes, if need be, or no for this time.");
        assertThat(find(Paragraph.class).withId("answers-saved").exists()).isFalse();
        Invitation invitation = answering.invitation(token);
        assertThat(invitation.answeredAt()).isNull();
    }

    @Test
    @WithAnonymousUser
    void aTamperedLinkGetsAClearMessage() {
        navigate("availability/bm90LWEtcmVhbC10b2tlbg.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("This link does not work");
        assertThat(find(Paragraph.class).withId("link-problem").single().getText())
                .contains("not valid");
        assertThat(find(Button.class).withId("save-answers").exists()).isFalse();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void theChairSeesTheRankingWithReasonsInWordsAndChoosesATime() {
        long pollId = poll("Ranking check");
        for (String email :
                List.of("dac.member@example.org", "dac.secretary@example.org", "hannah.becker@example.org")) {
            String token = token(email, "Ranking check");
            Invitation invitation = answering.invitation(token);
            Map<Long, Availability> answers = new HashMap<>();
            answers.put(invitation.candidates().get(0).id(), Availability.NO);
            answers.put(invitation.candidates().get(1).id(), Availability.YES);
            answers.put(invitation.candidates().get(2).id(), Availability.IF_NEED_BE);
            answering.answer(
                    token, answers, email.startsWith("dac.member") ? new Needs(false, "es", false) : Needs.none());
        }
        navigate("manage/find-a-time/poll/" + pollId, Component.class);

        String best =
                find(Section.class).withId("candidate-1").single().getElement().getTextRecursively();
        assertThat(best)
                .contains(
                        "Place 1:",
                        "No quorum",
                        "3 yes, 0 if need be, 0 no",
                        "1 person needs Spanish interpretation",
                        "Nobody from this constituency: Community member.",
                        "Above the next time because more people said yes.");
        String whoAnswered =
                find(Section.class).withId("who-answered").single().getElement().getTextRecursively();
        assertThat(whoAnswered).contains("Answered (3)", "María Fernanda Ruiz", "Not yet (");

        test(find(Button.class).withId("choose-1").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Schedule the meeting at this time?");
        test(confirm).confirm();

        Anchor meeting = find(Anchor.class).withId("created-meeting").single();
        assertThat(meeting.getHref()).startsWith("meetings/");
        assertThat(text()).contains("Time chosen", "Chosen");
        assertThat(find(Button.class).withId("choose-1").exists()).isFalse();
        assertThat(decisions.results(pollId).poll().status()).isEqualTo(PollStatus.DECIDED);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void theChairProposesFromTheFormAndAMistakeIsShownAtItsField() {
        navigate("manage/find-a-time/dac", Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Find a time: District Accountability Committee");
        find(TextField.class).withId("poll-title").single().setValue("Form check");
        test(find(DatePicker.class).withId("candidate-date-0").single())
                .setValue(inDays(30, 18).toLocalDate());
        test(find(DatePicker.class).withId("candidate-date-1").single())
                .setValue(inDays(31, 18).toLocalDate());
        test(find(Button.class).withId("candidate-remove-2").single()).click();
        find(TextField.class).withId("poll-location").single().setValue("Education Center");
        assertThat(find(DatePicker.class).withId("candidate-date-2").exists()).isFalse();
        DatePicker deadline = find(DatePicker.class).withId("deadline-date").single();
        test(deadline).setValue(inDays(40, 12).toLocalDate());
        test(find(Button.class).withId("send-poll").single()).click();
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("The deadline must be before the first time offered.");

        test(deadline).setValue(inDays(25, 12).toLocalDate());
        test(find(TimePicker.class).withId("deadline-time").single()).setValue(LocalTime.of(17, 0));
        test(find(Button.class).withId("send-poll").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("Form check");
        assertThat(text()).contains("0 of ", "Place 1:", "Place 2:");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    @SuppressWarnings("unchecked")
    void thePollAsksForRoomDialInAndInterpretationAndTheMeetingMadeFromItCarriesThem() {
        navigate("manage/find-a-time/dac", Component.class);
        find(TextField.class).withId("poll-title").single().setValue("Whole place from the form");
        test(find(DatePicker.class).withId("candidate-date-0").single())
                .setValue(inDays(30, 18).toLocalDate());
        test(find(DatePicker.class).withId("candidate-date-1").single())
                .setValue(inDays(31, 18).toLocalDate());
        test(find(DatePicker.class).withId("deadline-date").single())
                .setValue(inDays(25, 12).toLocalDate());
        test((RadioButtonGroup<MeetingFormat>)
                        find(RadioButtonGroup.class).withId("poll-format").single())
                .selectItem("In person and online");
        test(find(TextField.class).withId("poll-location").single()).setValue("Education Center, 1829 Denver West Dr");
        test(find(TextField.class).withId("poll-room").single()).setValue("Board Room");
        test(find(TextArea.class).withId("poll-access").single()).setValue("Step-free entrance on the north side");
        test(find(TextField.class).withId("poll-online-url").single()).setValue("https://meet.example.org/whole-place");
        test(find(TextField.class).withId("poll-dial-in").single()).setValue("+1 720 555 0100, code 4321");
        find(MultiSelectComboBox.class).withId("poll-languages").single().setValue(Set.of("es", "vi"));
        test(find(Button.class).withId("send-poll").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("Whole place from the form");

        test(find(Button.class).withId("choose-1").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        String href = find(Anchor.class).withId("created-meeting").single().getHref();

        MeetingSummary meeting =
                meetings.find(Long.parseLong(href.replaceAll("\\D", ""))).orElseThrow();
        assertThat(meeting.format()).isEqualTo(MeetingFormat.HYBRID);
        assertThat(meeting.location()).isEqualTo("Education Center, 1829 Denver West Dr");
        assertThat(meeting.room()).isEqualTo("Board Room");
        assertThat(meeting.accessNotes()).isEqualTo("Step-free entrance on the north side");
        assertThat(meeting.onlineUrl()).isEqualTo("https://meet.example.org/whole-place");
        assertThat(meeting.dialIn()).isEqualTo("+1 720 555 0100, code 4321");
        assertThat(meeting.languagesOffered()).containsExactlyInAnyOrder("es", "vi");
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void anOrdinaryMemberCannotOpenTheChairsPages() {
        long pollId = poll("Members cannot see");
        navigate("my/committees", Component.class);
        assertThat(find(Anchor.class).withId("find-a-time-dac").exists()).isFalse();
        Assertions.assertThatThrownBy(() -> navigate(FindATimeView.class, "dac"))
                .hasMessageContaining("NotFoundView");
        Assertions.assertThatThrownBy(() -> navigate(PollView.class, pollId)).hasMessageContaining("NotFoundView");
    }
}
