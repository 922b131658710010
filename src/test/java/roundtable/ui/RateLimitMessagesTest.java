package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import roundtable.IntegrationTest;
import roundtable.OutboxDrain;
import roundtable.TestClock;
import roundtable.attendance.Response;
import roundtable.base.ui.SignInLinkRequestView;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.notifications.NotificationService;

/**
 * Every rate limit a person without an account can meet, as they meet it: the attempt past the
 * limit is refused with a message saying what happened and how long to wait, in their language,
 * and once the window has passed the same thing works again. (Password sign-in: LoginViewTest and
 * SignInIntegrationTest.)
 */
@IntegrationTest
@WithAnonymousUser
class RateLimitMessagesTest extends SpringBrowserlessTest {

    @Autowired
    TestClock clock;

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitteeService committees;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * Mail queued while the clock was moved is due at the moved time: it must go before the clock
     * comes back, or it would wait an hour and hold up every later test that waits for a quiet outbox.
     */
    @AfterEach
    void sendTheMailThenPutTheClockBack() {
        try {
            OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        } finally {
            clock.reset();
        }
    }

    String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    @Test
    void aFourthSignInLinkForOneAddressWithinFifteenMinutesIsRefusedInSpanishThenWorksAgain() {
        String address = "limits.link@example.org";
        for (int i = 0; i < 3; i++) {
            assertThat(askForLink(address, "es")).contains("Si " + address);
        }
        assertThat(askForLink(address, "es"))
                .isEqualTo("Se han pedido demasiados enlaces. Espere 15 minutos y vuelva a intentarlo.");
        clock.advance(Duration.ofMinutes(14));
        assertThat(askForLink(address, "en"))
                .isEqualTo("Too many links have been asked for. Please wait 15 minutes and try again.");
        clock.advance(Duration.ofMinutes(1));
        assertThat(askForLink(address, "en")).contains("If " + address + " belongs to a Roundtable account");
    }

    private String askForLink(String address, String language) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        navigate(SignInLinkRequestView.class);
        test(find(EmailField.class).single()).setValue(address);
        test(find(Button.class).withId("send-link").single()).click();
        return find(Div.class).withId("link-status").single().getElement().getTextRecursively();
    }

    @Test
    void aFourthGuestRsvpForOneAddressWithinAnHourIsRefusedAtTheEmailFieldThenWorksAgain() {
        MeetingSummary meeting = upcomingPublicMeeting();
        String address = "limits.guest@example.net";
        for (int i = 0; i < 3; i++) {
            assertThat(guestRsvp(meeting, address).getText()).isEqualTo(t("rsvp.guest.sent", address));
        }
        guestRsvp(meeting, address);
        EmailField email = find(EmailField.class).withId("rsvp-email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo("Too many RSVPs from here or for this address. Please try again in an hour.");

        clock.advance(Duration.ofHours(1));
        assertThat(guestRsvp(meeting, address).getText()).isEqualTo(t("rsvp.guest.sent", address));
    }

    @SuppressWarnings("unchecked")
    private Paragraph guestRsvp(MeetingSummary meeting, String address) {
        navigate("meetings/" + meeting.id(), Component.class);
        test(find(TextField.class).withId("rsvp-name").single()).setValue("Lim Its");
        test(find(EmailField.class).withId("rsvp-email").single()).setValue(address);
        find(RadioButtonGroup.class).withId("rsvp-response").single().setValue(Response.IN_PERSON);
        test(find(Button.class).withId("rsvp-save").single()).click();
        return find(Paragraph.class).withId("rsvp-status").exists()
                ? find(Paragraph.class).withId("rsvp-status").single()
                : new Paragraph();
    }

    private MeetingSummary upcomingPublicMeeting() {
        long body = committees.findBySlug("jeffco-alliance").orElseThrow().id();
        return meetings.upcomingOf(body, 10).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED)
                .filter(m -> m.startsAt().isAfter(ZonedDateTime.now().plusDays(8)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFourthRequestToFollowABodyWithinAnHourIsRefusedAtTheEmailFieldThenWorksAgain() {
        String address = "limits.follow@example.net";
        for (int i = 0; i < 3; i++) {
            assertThat(subscribe(address)).isEqualTo(t("subscriptions.form.sent", address));
        }
        assertThat(subscribe(address)).isEmpty();
        EmailField email = find(EmailField.class).withId("subscribe-email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo("Too many requests from here or for this address. Please try again in an hour.");

        clock.advance(Duration.ofHours(1));
        assertThat(subscribe(address)).isEqualTo(t("subscriptions.form.sent", address));
    }

    private String subscribe(String address) {
        navigate("committees/dac", Component.class);
        test(find(EmailField.class).withId("subscribe-email").single()).setValue(address);
        test(find(Button.class).withId("subscribe-send").single()).click();
        return find(Paragraph.class).withId("subscribe-status").exists()
                ? find(Paragraph.class).withId("subscribe-status").single().getText()
                : "";
    }
}
