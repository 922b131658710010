package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.TestData;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.CapacityService;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpState;
import roundtable.attendance.RsvpView;
import roundtable.base.i18n.LanguageNames;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.notifications.NotificationService;

/** The RSVP section of a meeting's page, for a member and for a guest, and the guest's confirmation page. */
@IntegrationTest
class RsvpSectionTest extends SpringBrowserlessTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    CapacityService capacityService;

    @Autowired
    GreenMail mail;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        mail.purgeEmailFromAllMailboxes();
    }

    /**
     * A meeting of this test's own in a demo body (its members are the demo accounts), a month ahead so
     * that requests are not late, offering Spanish: nobody else has answered it or changed it.
     */
    Own ownMeeting(String slug) {
        long body = committees.findBySlug(slug).orElseThrow().id();
        String title = "RSVP section " + TestData.unique("meeting");
        LocalDateTime start =
                LocalDateTime.now(DENVER).toLocalDate().plusDays(30).atTime(18, 0);
        long id = RunAs.as(
                users,
                "admin@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        body,
                        title,
                        start,
                        DENVER,
                        90,
                        MeetingFormat.HYBRID,
                        "Education Center",
                        "https://meet.example.org/rsvp-section",
                        true,
                        List.of("es"),
                        null)));
        return new Own(id, title);
    }

    record Own(long id, String title) {}

    String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    @SuppressWarnings("unchecked")
    void aMemberRsvpsInPersonAndAsksForSpanishInterpretation() {
        Own meeting = ownMeeting("dac");
        navigate("meetings/" + meeting.id(), Component.class);

        RadioButtonGroup<Response> response =
                find(RadioButtonGroup.class).withId("rsvp-response").single();
        response.setValue(Response.IN_PERSON);
        Select<String> interpretation =
                find(Select.class).withId("rsvp-interpretation").single();
        test(interpretation).selectItem(LanguageNames.of("es", UI.getCurrent().getLocale()));
        assertThat(find(RadioButtonGroup.class)
                        .withId("rsvp-interpretation-mode")
                        .single()
                        .isVisible())
                .isTrue();
        test(find(Button.class).withId("rsvp-save").single()).click();

        String status = find(Paragraph.class).withId("rsvp-status").single().getText();
        assertThat(status)
                .contains(t("rsvp.saved"))
                .contains(t("rsvp.response.in-person"))
                .contains(t("rsvp.state.confirmed"))
                .doesNotContain(t("rsvp.late"));
        var saved = attendance.myRsvp(meeting.id()).orElseThrow();
        assertThat(saved.state()).isEqualTo(RsvpState.CONFIRMED);
        assertThat(saved.needs().interpretationLanguage()).isEqualTo("es");
        assertThat(find(Button.class).withId("rsvp-save").single().getText()).isEqualTo(t("rsvp.update"));
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    @SuppressWarnings("unchecked")
    void whatWouldHelpIsAskedOnceTheMemberSaysTheyMayCome() {
        Own meeting = ownMeeting("dac");
        navigate("meetings/" + meeting.id(), Component.class);
        RadioButtonGroup<Response> response =
                find(RadioButtonGroup.class).withId("rsvp-response").single();
        assertThat(find(Select.class).withId("rsvp-interpretation").exists()).isFalse();

        response.setValue(Response.NOT_ATTENDING);
        assertThat(find(Select.class).withId("rsvp-interpretation").exists()).isFalse();

        response.setValue(Response.MAYBE);
        assertThat(find(Select.class).withId("rsvp-interpretation").single().isVisible())
                .isTrue();
        response.setValue(Response.NOT_ATTENDING);
        assertThat(find(Select.class).withId("rsvp-interpretation").exists())
                .as("what they wrote is kept")
                .isTrue();

        // Answered before without asking for anything: the help is one button away.
        response.setValue(Response.IN_PERSON);
        test(find(Button.class).withId("rsvp-save").single()).click();
        assertThat(find(Select.class).withId("rsvp-interpretation").exists()).isFalse();
        test(find(Button.class).withId("rsvp-ask-help").single()).click();
        assertThat(find(Select.class).withId("rsvp-interpretation").single().isVisible())
                .isTrue();
        assertThat(find(Button.class).withId("rsvp-ask-help").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void aGuestIsToldWhatIsMissingThenConfirmsOnlyByPressingConfirm() {
        Own meeting = ownMeeting("jeffco-alliance");
        String guest = TestData.email("grace.guest");
        navigate("meetings/" + meeting.id(), Component.class);

        test(find(Button.class).withId("rsvp-save").single()).click();
        TextField name = find(TextField.class).withId("rsvp-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(t("rsvp.error.name", 200));

        test(name).setValue("Grace Guest");
        test(find(EmailField.class).withId("rsvp-email").single()).setValue(guest);
        find(RadioButtonGroup.class).withId("rsvp-response").single().setValue(Response.IN_PERSON);
        test(find(Button.class).withId("rsvp-save").single()).click();
        assertThat(find(Paragraph.class).withId("rsvp-status").single().getText())
                .isEqualTo(t("rsvp.guest.sent", guest));

        String link = Mailbox.awaitLink(mail, guest, meeting.title(), "/rsvp/confirm/", Duration.ofSeconds(10));
        navigate(link.replaceAll(".*/rsvp/confirm/", "rsvp/confirm/"), Component.class);
        assertThat(find(Paragraph.class).withId("rsvp-status").exists())
                .as("a visit alone confirms nothing")
                .isFalse();
        test(find(Button.class).withId("rsvp-confirm").single()).click();
        assertThat(find(Paragraph.class).withId("rsvp-status").single().getText())
                .contains(t("rsvp.state.confirmed"));

        navigate("rsvp/confirm/forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Component.class);
        assertThat(find(Paragraph.class).withId("link-problem").single().getText())
                .isEqualTo(t("rsvp.link.invalid"));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void theChairLimitsThePlacesAndSeesHowManyAreTaken() {
        Own meeting = ownMeeting("dac");
        navigate("meetings/" + meeting.id(), Component.class);

        assertThat(find(Div.class).withId("rsvp-overview").single().getElement().getTextRecursively())
                .startsWith(t("rsvp.overview.title"));
        IntegerField capacity = find(IntegerField.class).withId("rsvp-capacity").single();
        capacity.setValue(0);
        test(find(Button.class).withId("rsvp-capacity-save").single()).click();
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo(t("rsvp.error.capacity"));

        find(IntegerField.class).withId("rsvp-capacity").single().setValue(30);
        test(find(Button.class).withId("rsvp-capacity-save").single()).click();
        assertThat(find(Paragraph.class).withId("rsvp-places-summary").single().getText())
                .contains("30");

        find(IntegerField.class).withId("rsvp-capacity").single().clear();
        test(find(Button.class).withId("rsvp-capacity-save").single()).click();
        assertThat(capacityService.places(meeting.id()).capacity())
                .as("empty means no limit")
                .isNull();
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<Response> answer() {
        return find(RadioButtonGroup.class).withId("rsvp-response").single();
    }

    boolean asked(String followUp) {
        return find(Div.class).withId("rsvp-follow-" + followUp).exists();
    }

    void press(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    RsvpView mine(long meetingId) {
        return attendance.myRsvp(meetingId).orElseThrow();
    }

    /**
     * What she asked for follows her answer, with a question before anything changes: joining online
     * offers interpretation online and says childcare no longer applies; not coming says what saving
     * withdraws; coming after all offers it again.
     */
    @Test
    @WithUserDetails("dac.member@example.org")
    void herRequestsFollowHerAnswerOnlineAwayAndBackWithAQuestionEachTime() {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        LocalDateTime start =
                LocalDateTime.now(DENVER).toLocalDate().plusDays(436).atTime(12, 0);
        long id = RunAs.as(
                users,
                "dac.chair@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        "Follow-ups: budget town hall",
                        start,
                        DENVER,
                        90,
                        MeetingFormat.HYBRID,
                        "Education Center",
                        "https://meet.example.org/follow-ups",
                        false,
                        List.of("es"),
                        null)));
        attendance.rsvp(
                id,
                Response.IN_PERSON,
                new AccessNeeds(
                        "es",
                        InterpretationMode.IN_PERSON,
                        null,
                        Set.of(AccommodationType.CAPTIONING),
                        null,
                        1,
                        "6",
                        false));
        navigate("meetings/" + id, Component.class);
        assertThat(find(Div.class).withId("rsvp-follow-ups").single().getChildren())
                .as("nothing asked yet")
                .isEmpty();

        answer().setValue(Response.ONLINE);
        assertThat(asked("online-interpreter")).isTrue();
        assertThat(asked("online-childcare")).isTrue();
        press("rsvp-follow-online-interpreter-yes");
        press("rsvp-follow-online-childcare-no");
        assertThat(asked("online-interpreter"))
                .as("answered, so no longer asked")
                .isFalse();
        press("rsvp-save");
        AccessNeeds online = mine(id).needs();
        assertThat(online.interpretationMode()).isEqualTo(InterpretationMode.SIMULTANEOUS_ONLINE);
        assertThat(online.childrenCount()).as("kept, as she said").isEqualTo(1);
        assertThat(online.accommodations())
                .as("captioning helps online too, so nobody asked")
                .containsExactly(AccommodationType.CAPTIONING);

        answer().setValue(Response.NOT_ATTENDING);
        String decline =
                find(Paragraph.class).withId("rsvp-follow-decline").single().getText();
        assertThat(decline)
                .contains(t("rsvp.said.interpretation-mode", "Español", t("rsvp.mode.simultaneous-online")))
                .contains(t("rsvp.said.childcare", 1))
                .contains(t("rsvp.accommodation.captioning"));
        press("rsvp-save");
        assertThat(find(Paragraph.class).withId("rsvp-status").single().getText())
                .contains(t("rsvp.status.not-coming", t("rsvp.response.not-attending")))
                .contains(t("rsvp.said.childcare", 1));
        assertThat(mine(id).needs().any()).isFalse();

        answer().setValue(Response.IN_PERSON);
        assertThat(asked("restore")).isTrue();
        press("rsvp-follow-restore-yes");
        assertThat(asked("room-interpreter"))
                .as("her restored interpretation was online; she now comes in person")
                .isTrue();
        press("rsvp-follow-room-interpreter-yes");
        press("rsvp-save");
        RsvpView back = mine(id);
        assertThat(back.needs().interpretationMode()).isEqualTo(InterpretationMode.IN_PERSON);
        assertThat(back.needs().childrenCount()).isEqualTo(1);
        assertThat(back.needs().childrenAges())
                .as("her own words come back with it")
                .isEqualTo("6");
        assertThat(back.withdrawn().any()).isFalse();
    }
}
