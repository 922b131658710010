package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.attendance.GuestRsvps;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpView;
import roundtable.attendance.ui.RsvpAnswerView;
import roundtable.base.i18n.Language;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.ui.ServerErrorView;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.notifications.NotificationService;

/** The page a member's one-click answer opens, without signing in: nothing counts until Confirm. */
@IntegrationTest
@WithAnonymousUser
class RsvpAnswerViewTest extends SpringBrowserlessTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    MemberRsvps attendance;

    @Autowired
    GuestRsvps guests;

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
        mail.purgeEmailFromAllMailboxes();
    }

    <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    long schedule(String title, int inDays, MeetingFormat format) {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        // Far ahead and at noon, clear of the evening meetings other classes sharing this database check for clashes.
        LocalDateTime start =
                LocalDateTime.now(DENVER).toLocalDate().plusDays(400 + inDays).atTime(12, 0);
        return as(
                "dac.chair@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        title,
                        start,
                        DENVER,
                        90,
                        format,
                        "Education Center, 1829 Denver West Dr",
                        format == MeetingFormat.HYBRID ? "https://meet.example.org/answer-page" : null,
                        false,
                        List.of("es"),
                        null)));
    }

    /** The path of dac.member's one-click link for this answer, from her invitation email. */
    String answerPath(String title, Response response) {
        String text = Mailbox.part(
                Mailbox.to(mail, "dac.member@example.org", title, 1, Duration.ofSeconds(15))
                        .getFirst(),
                "text/plain");
        var m = Pattern.compile("/rsvp/answer/[A-Za-z0-9_.-]+\\?response=" + response.name())
                .matcher(text);
        assertThat(m.find()).as("a " + response + " link in " + text).isTrue();
        return m.group().substring(1);
    }

    /** Opens an answer link as a phone's mail app would: its token and the answer clicked. */
    void open(String path) {
        String[] parts = path.replaceFirst("^rsvp/answer/", "").split("\\?response=");
        UI.getCurrent().navigate(RsvpAnswerView.class, parts[0], QueryParameters.of("response", parts[1]));
    }

    String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** Whether the questions about what would help are on the page. */
    boolean helpAsked() {
        return find(Div.class).withClassName("needs").exists();
    }

    @SuppressWarnings("unchecked")
    RadioButtonGroup<Response> response() {
        return find(RadioButtonGroup.class).withId("rsvp-response").single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClickedAnswerIsChosenAndCountsOnlyOnceConfirmedAfterAdjusting() {
        String title = "Answer page: hybrid forum";
        long id = schedule(title, 16, MeetingFormat.HYBRID);
        open(answerPath(title, Response.IN_PERSON));

        assertThat(response().getValue()).as("the answer clicked in the email").isEqualTo(Response.IN_PERSON);
        assertThat(find(Paragraph.class)
                        .withText(t("rsvp.answer.for", "María Fernanda Ruiz"))
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class).withId("rsvp-status").exists())
                .as("no answer yet")
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from rsvp where meeting_id = ?", Long.class, id))
                .as("opening the page records nothing")
                .isZero();

        response().setValue(Response.ONLINE);
        test(find(Select.class).withId("rsvp-interpretation").single())
                .selectItem(LanguageNames.of("es", UI.getCurrent().getLocale()));
        test(find(Button.class).withId("rsvp-confirm").single()).click();

        assertThat(find(Paragraph.class).withId("rsvp-status").single().getText())
                .contains(t("rsvp.saved"))
                .contains(t("rsvp.response.online"))
                .contains(t("rsvp.state.confirmed"));
        RsvpView saved =
                as("dac.member@example.org", () -> attendance.myRsvp(id)).orElseThrow();
        assertThat(saved.response()).isEqualTo(Response.ONLINE);
        assertThat(saved.needs().interpretationLanguage()).isEqualTo("es");
    }

    @Test
    void anInPersonMeetingOffersNoOnlineAnswerAndNotComingHidesTheQuestionsAboutHelp() {
        String title = "Answer page: in the hall";
        schedule(title, 17, MeetingFormat.IN_PERSON);
        open(answerPath(title, Response.NOT_ATTENDING));

        assertThat(response().getListDataView().getItems().toList())
                .containsExactly(Response.IN_PERSON, Response.NOT_ATTENDING, Response.MAYBE);
        assertThat(helpAsked()).as("not coming asks for nothing").isFalse();
        response().setValue(Response.MAYBE);
        assertThat(helpAsked()).isTrue();
    }

    @Test
    void aCancelledMeetingSaysSoAndOffersNoForm() {
        String title = "Answer page: called off";
        long id = schedule(title, 18, MeetingFormat.IN_PERSON);
        String path = answerPath(title, Response.IN_PERSON);
        as("dac.chair@example.org", () -> {
            planning.cancelMeeting(id, meetings.find(id).orElseThrow().version(), "No quorum expected");
            return null;
        });
        open(path);

        assertThat(find(Paragraph.class).withId("rsvp-standing").single().getText())
                .isEqualTo(t("rsvp.answer.standing.cancelled"));
        assertThat(find(Button.class).withId("rsvp-confirm").exists()).isFalse();
    }

    /** The page says the link is not valid, in words, and the error page is nowhere. */
    void saysNotValid(String what) {
        assertThat(find(ServerErrorView.class).exists())
                .as(what + " reached the error page")
                .isFalse();
        assertThat(find(Paragraph.class).withId("link-problem").single().getText())
                .as(what)
                .isEqualTo(t("rsvp.link.invalid"));
        assertThat(find(Button.class).withId("rsvp-confirm").exists()).isFalse();
    }

    void showsTheRsvp(String what) {
        assertThat(find(ServerErrorView.class).exists())
                .as(what + " reached the error page")
                .isFalse();
        assertThat(find(Paragraph.class).withId("link-problem").exists())
                .as(what)
                .isFalse();
    }

    @Test
    void aValidLinkWithItsAnswerAlteredSaysTheLinkIsNotValid() {
        String title = "Answer page: altered answer";
        schedule(title, 19, MeetingFormat.IN_PERSON);
        String path = answerPath(title, Response.IN_PERSON).replaceAll("\\?.*$", "");

        UI.getCurrent().navigate(path, QueryParameters.empty());
        showsTheRsvp("no answer in the link: the page asks");
        UI.getCurrent().navigate(path, QueryParameters.of("utm_source", "<script>"));
        showsTheRsvp("a parameter the page does not read");
        for (String altered : PersonalLinkParametersTest.ALTERED) {
            UI.getCurrent().navigate(path, QueryParameters.of("response", altered));
            saysNotValid("response=" + altered);
        }
        UI.getCurrent().navigate(path, new QueryParameters(Map.of("response", List.of("IN_PERSON", "NOT_ATTENDING"))));
        saysNotValid("two answers at once");
        for (String altered : PersonalLinkParametersTest.ALTERED_TOKENS) {
            UI.getCurrent().navigate("rsvp/answer/" + altered, QueryParameters.of("response", "IN_PERSON"));
            saysNotValid("token " + altered);
        }
    }

    @Test
    void aGuestsConfirmAndManageLinksIgnoreParametersTheyDoNotReadAndRefuseAlteredTokens() {
        String title = "Answer page: a guest's links";
        long dac = committees.findBySlug("jeffco-alliance").orElseThrow().id();
        LocalDateTime start =
                LocalDateTime.now(DENVER).toLocalDate().plusDays(421).atTime(12, 30);
        long id = as(
                "admin@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        dac,
                        title,
                        start,
                        DENVER,
                        60,
                        MeetingFormat.IN_PERSON,
                        "Education Center, 1829 Denver West Dr",
                        null,
                        true,
                        List.of("es"),
                        null)));
        as(null, () -> {
            guests.guestRsvp(
                    id,
                    "Quinn Guest",
                    "quinn.links@example.net",
                    Language.ENGLISH,
                    Response.IN_PERSON,
                    null,
                    "198.51.100.77");
            return null;
        });
        String confirm = Mailbox.awaitLink(
                        mail, "quinn.links@example.net", title, "/rsvp/confirm/", Duration.ofSeconds(15))
                .replaceAll("^https?://[^/]+/", "");
        for (String altered : PersonalLinkParametersTest.ALTERED) {
            UI.getCurrent().navigate(confirm, QueryParameters.of("response", altered));
            showsTheRsvp("confirm link with response=" + altered);
        }
        for (String altered : PersonalLinkParametersTest.ALTERED_TOKENS) {
            UI.getCurrent().navigate("rsvp/confirm/" + altered, QueryParameters.empty());
            saysNotValid("confirm token " + altered);
            UI.getCurrent().navigate("rsvp/manage/" + altered, QueryParameters.of("lang", altered));
            saysNotValid("manage token " + altered);
        }
    }

    @Test
    void aTamperedLinkGetsAPlainMessage() {
        open("rsvp/answer/forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA?response=IN_PERSON");
        assertThat(find(Paragraph.class).withId("link-problem").single().getText())
                .isEqualTo(t("rsvp.link.invalid"));
        assertThat(find(Button.class).withId("rsvp-confirm").exists()).isFalse();
    }
}
