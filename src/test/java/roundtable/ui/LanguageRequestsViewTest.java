package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.OutboxDrain;
import roundtable.RunAs;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.MemberRsvps;
import roundtable.attendance.Response;
import roundtable.committees.CommitteeService;
import roundtable.languageservices.InterpreterSummary;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.notifications.NotificationService;

/** The coordinator's desk, read and worked in Spanish, the coordinator's language. */
@IntegrationTest
@WithUserDetails("language.services@example.org")
class LanguageRequestsViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    MemberRsvps attendance;

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

    long meetingWithSpanishRequest(String title, int inDays) {
        long body = committees.findBySlug("dac").orElseThrow().id();
        ZoneId denver = ZoneId.of("America/Denver");
        long id = RunAs.as(
                users,
                "admin@example.org",
                () -> planning.scheduleMeeting(new MeetingData(
                        body,
                        title,
                        LocalDate.now(denver).plusDays(inDays).atTime(18, 30),
                        denver,
                        90,
                        MeetingFormat.IN_PERSON,
                        "Education Center, 1829 Denver West Dr",
                        null,
                        false,
                        List.of("es"),
                        null)));
        RunAs.as(
                users,
                "dac.member@example.org",
                () -> attendance.rsvp(
                        id,
                        Response.IN_PERSON,
                        new AccessNeeds("es", InterpretationMode.IN_PERSON, null, Set.of(), null, null, null, false)));
        return id;
    }

    /** Other tests share the database, so the meeting may be on a later page: read on until it shows. */
    Div card(long meetingId) {
        while (find(Div.class).withId("desk-meeting-" + meetingId).all().isEmpty()) {
            Button more = find(Button.class).withId("desk-more").single();
            assertThat(more.isVisible())
                    .as("meeting " + meetingId + " on the desk")
                    .isTrue();
            test(more).click();
        }
        return find(Div.class).withId("desk-meeting-" + meetingId).single();
    }

    String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCoordinatorSeesTheRequestGroupedUnderItsMeetingAssignsAndConfirms() {
        long id = meetingWithSpanishRequest("DAC desk view", 21);
        navigate("language-services/requests", Component.class);
        Div card = card(id);
        assertThat(text(card))
                .contains("DAC desk view")
                .contains("Interpretación: Español — una persona")
                .contains("Requiere acción")
                .contains("Organizar antes del");
        assertThat(text(card))
                .as("no names before the coordinator asks for them")
                .doesNotContain("María Fernanda");

        String group = "group-" + id + "-interpretation-es";
        test(find(Button.class).withId(group + "-show").single()).click();
        assertThat(text(find(Div.class).withId(group + "-lines").single()))
                .contains("María Fernanda Ruiz")
                .contains("dac.member@example.org");

        test(find(Button.class).withId(group + "-group-assign").single()).click();
        ComboBox<InterpreterSummary> who =
                find(ComboBox.class).withId("assign-interpreter").single();
        assertThat(test(who).getSuggestionItems())
                .extracting(InterpreterSummary::name)
                .contains("Ana Morales")
                .doesNotContain("Jordan Blake");
        who.setValue(test(who).getSuggestionItems().stream()
                .filter(i -> i.name().equals("Ana Morales"))
                .findFirst()
                .orElseThrow());
        test(find(Button.class).withId("assign-confirm").single()).click();
        card = card(id);
        assertThat(text(card)).contains("Asignado a: Ana Morales").contains("En preparación: 1");

        test(find(Button.class).withId(group + "-group-confirm").single()).click();
        assertThat(find(Div.class).withId("desk-meeting-" + id).all())
                .as("nothing waits there any more")
                .isEmpty();
        test(find(Checkbox.class).withId("settled-too").single()).click();
        card = card(id);
        assertThat(text(card))
                .as("all arranged, so it no longer needs action")
                .contains("Confirmado: 1")
                .doesNotContain("Requiere acción");
    }

    @Test
    void couldNotArrangeNeedsAReasonNextToTheField() {
        long id = meetingWithSpanishRequest("DAC desk unable", 22);
        navigate("language-services/requests", Component.class);
        String group = "group-" + id + "-interpretation-es";
        test(find(Button.class).withId(group + "-group-unable").single()).click();
        test(find(Button.class).withId("unable-confirm").single()).click();
        TextArea reason = find(TextArea.class).withId("unable-reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Indique el motivo, para que las personas que lo pidieron lo entiendan");
        test(reason).setValue("Ningún intérprete disponible esa tarde.");
        test(find(Button.class).withId("unable-confirm").single()).click();
        test(find(Checkbox.class).withId("settled-too").single()).click();
        assertThat(text(card(id))).contains("No se pudo organizar: 1");
    }
}
