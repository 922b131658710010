package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.Response;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;

/**
 * The most used forms, filled in with bad input as a browser (or a script that ignores the
 * fields' max length) would send it, then saved: the form either saves or shows a message at a
 * field, never an error page, and a refused form saves nothing.
 */
@IntegrationTest
class FormsBadInputTest extends SpringBrowserlessTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Saved, or told at one of the fields; either way the page still works. */
    private static void savedOrToldAtAField(boolean saved, List<? extends HasValidation> fields) {
        if (!saved) {
            assertThat(fields).as("a refused form says why next to a field").anySatisfy(f -> {
                assertThat(f.isInvalid()).isTrue();
                assertThat(f.getErrorMessage()).isNotBlank();
            });
        }
    }

    @Test
    @WithUserDetails("admin@example.org")
    void thePersonEditorSavesOrSaysWhichFieldIsWrong() {
        Fuzz.checkOneWay(40, t -> {
            String value = t.draw("value", NastyInput.text());
            int field = t.draw("field", Gen.between(0, 3));
            navigate("admin/people", Component.class);
            // A refused form stays open; the next try starts with a new one.
            find(Dialog.class).all().forEach(Dialog::close);
            test(find(Button.class).withId("add-person").single()).click();
            List<TextField> texts =
                    find(TextField.class).from(find(Dialog.class).single()).all();
            TextField name = find(TextField.class).withId("person-name").single();
            EmailField email = find(EmailField.class).withId("person-email").single();
            name.setValue("Form Fuzz");
            email.setValue("form.fuzz" + SERIAL.incrementAndGet() + "@example.org");
            texts.get(field).setValue(value);
            long before = rows("person");
            test(find(Button.class).withId("save-person").single()).click();
            boolean saved = rows("person") > before;
            if (!saved) {
                assertThat(find(Button.class).withId("save-person").exists())
                        .as("the dialog stays open")
                        .isTrue();
            }
            savedOrToldAtAField(saved, List.of(texts.get(0), texts.get(1), texts.get(2), texts.get(3), email));
            jdbc.update("delete from person where email like 'form.fuzz%@example.org'");
        });
    }

    @Test
    @WithAnonymousUser
    @SuppressWarnings("unchecked")
    void theGuestRsvpSendsOrSaysWhichFieldIsWrong() {
        long body = committees.findBySlug("jeffco-alliance").orElseThrow().id();
        long meetingId = meetings.upcomingOf(body, 10).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED)
                .filter(m -> m.publicMeeting())
                .findFirst()
                .orElseThrow()
                .id();
        Fuzz.checkOneWay(40, t -> {
            String name = t.draw("name", NastyInput.field());
            String email = t.draw("email", NastyInput.email());
            navigate("meetings/" + meetingId, Component.class);
            TextField nameField = find(TextField.class).withId("rsvp-name").single();
            EmailField emailField = find(EmailField.class).withId("rsvp-email").single();
            nameField.setValue(name);
            emailField.setValue(email.contains("@") ? "form" + SERIAL.incrementAndGet() + email : email);
            find(RadioButtonGroup.class).withId("rsvp-response").single().setValue(Response.IN_PERSON);
            long before = rows("rsvp");
            test(find(Button.class).withId("rsvp-save").single()).click();
            boolean sent = find(Paragraph.class).withId("rsvp-status").exists();
            if (!sent) {
                assertThat(rows("rsvp")).as("a refused answer saves nothing").isEqualTo(before);
            }
            savedOrToldAtAField(sent, List.of(nameField, emailField));
        });
    }

    @Test
    @WithAnonymousUser
    void theSubscribeFormSendsOrSaysWhatIsWrong() {
        Fuzz.checkOneWay(40, t -> {
            String email = t.draw("email", NastyInput.email());
            navigate("committees/dac", Component.class);
            EmailField field = find(EmailField.class).withId("subscribe-email").single();
            field.setValue(email.contains("@") ? "form" + SERIAL.incrementAndGet() + email : email);
            long before = rows("subscription");
            test(find(Button.class).withId("subscribe-send").single()).click();
            boolean sent = find(Paragraph.class).withId("subscribe-status").exists();
            if (!sent) {
                assertThat(rows("subscription"))
                        .as("a refused request saves nothing")
                        .isEqualTo(before);
            }
            savedOrToldAtAField(sent, List.of(field));
        });
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void theMeetingEditorSavesOrSaysWhichFieldIsWrong() {
        LocalDate firstDay = LocalDate.now().plusYears(3);
        // The join link among them: an empty one is "no link", and a hybrid meeting without one is told so at the
        // field.
        List<String> ids =
                List.of("meeting-title", "meeting-location", "meeting-room", "meeting-dial-in", "meeting-online-url");
        Fuzz.checkOneWay(30, t -> {
            String value = t.draw("value", NastyInput.text());
            int field = t.draw("field", Gen.between(0, ids.size() - 1));
            navigate("manage/meetings/dac/new", Component.class);
            String title = "Form fuzz " + SERIAL.incrementAndGet();
            find(TextField.class).withId("meeting-title").single().setValue(title);
            find(DatePicker.class).withId("meeting-date").single().setValue(firstDay.plusDays(SERIAL.get()));
            find(TimePicker.class).withId("meeting-start").single().setValue(LocalTime.of(18, 0));
            find(TimePicker.class).withId("meeting-end").single().setValue(LocalTime.of(19, 30));
            find(TextField.class).withId("meeting-location").single().setValue("Jeffco Education Center");
            find(TextField.class).withId("meeting-online-url").single().setValue("https://meet.example.org/dac");
            TextField attacked = find(TextField.class).withId(ids.get(field)).single();
            attacked.setValue(value);
            TextField titleField = find(TextField.class).withId("meeting-title").single();
            long before = rows("meeting");
            test(find(Button.class).withId("save-draft").single()).click();
            boolean saved = rows("meeting") > before;
            if (saved) {
                jdbc.update("delete from meeting where id = (select max(id) from meeting)");
            }
            savedOrToldAtAField(saved, List.of(attacked, titleField));
        });
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    @SuppressWarnings("unchecked")
    void theLanguageAndAccessRequestSavesOrSaysWhichFieldIsWrong() {
        long body = committees.findBySlug("dac").orElseThrow().id();
        long meetingId = meetings.upcomingOf(body, 10).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED)
                .filter(m -> m.startsAt().isAfter(ZonedDateTime.now().plusDays(8)))
                .findFirst()
                .orElseThrow()
                .id();
        Fuzz.checkOneWay(30, t -> {
            String details = t.draw("details", NastyInput.field());
            String ages = t.draw("ages", NastyInput.field());
            navigate("meetings/" + meetingId, Component.class);
            // What would help shows once someone says they are coming, behind a button if they answered before.
            find(RadioButtonGroup.class).withId("rsvp-response").single().setValue(Response.IN_PERSON);
            var askForHelp = find(Button.class).withId("rsvp-ask-help");
            if (askForHelp.exists() && askForHelp.single().isVisible()) {
                test(askForHelp.single()).click();
            }
            find(CheckboxGroup.class).withId("rsvp-accommodations").single().setValue(Set.of(AccommodationType.OTHER));
            var detailsField =
                    find(TextArea.class).withId("rsvp-accommodation-details").single();
            detailsField.setValue(details);
            find(IntegerField.class).withId("rsvp-children").single().setValue(1);
            TextField agesField =
                    find(TextField.class).withId("rsvp-children-ages").single();
            agesField.setValue(ages);
            test(find(Button.class).withId("rsvp-save").single()).click();
            boolean saved = find(Paragraph.class).withId("rsvp-status").exists()
                    && !detailsField.isInvalid()
                    && !agesField.isInvalid();
            savedOrToldAtAField(saved, List.of(detailsField, agesField));
        });
    }
}
