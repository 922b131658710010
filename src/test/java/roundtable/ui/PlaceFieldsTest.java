package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.OutboxDrain;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingService;
import roundtable.notifications.NotificationService;
import roundtable.scheduling.SchedulingService;

/**
 * The meeting editor and the "find a time" form ask where and how people take part with the same
 * fields, and say the same thing about a mistake, at the same field: a place people cannot reach is
 * refused in both before anything is saved.
 */
@IntegrationTest
@WithUserDetails("dac.chair@example.org")
class PlaceFieldsTest extends SpringBrowserlessTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    @Autowired
    MeetingService meetings;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    CommitteeService committees;

    /** The two forms that ask for a place, with what each needs besides it and how to tell it saved nothing. */
    enum Editor {
        MEETING("meeting", "save-draft"),
        POLL("poll", "send-poll");

        final String prefix;
        final String save;

        Editor(String prefix, String save) {
            this.prefix = prefix;
            this.save = save;
        }
    }

    @Autowired
    GreenMail mail;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    /** The polls sent here email DAC's members; other classes read "the last message to" them. */
    @AfterEach
    void letTheMailGo() throws Exception {
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        mail.purgeEmailFromAllMailboxes();
    }

    private long dac() {
        return committees.findBySlug("dac").orElseThrow().id();
    }

    private LocalDate inDays(int days) {
        return LocalDate.now(DENVER).plusDays(days);
    }

    /** Opens the editor with everything but the place filled in. */
    private void open(Editor editor, String title) {
        if (editor == Editor.MEETING) {
            navigate("manage/meetings/dac/new", Component.class);
            test(find(TextField.class).withId("meeting-title").single()).setValue(title);
            test(find(DatePicker.class).withId("meeting-date").single()).setValue(inDays(60));
            test(find(TimePicker.class).withId("meeting-start").single()).setValue(LocalTime.of(18, 0));
            test(find(TimePicker.class).withId("meeting-end").single()).setValue(LocalTime.of(19, 30));
        } else {
            navigate("manage/find-a-time/dac", Component.class);
            test(find(TextField.class).withId("poll-title").single()).setValue(title);
            test(find(DatePicker.class).withId("candidate-date-0").single()).setValue(inDays(60));
            test(find(DatePicker.class).withId("candidate-date-1").single()).setValue(inDays(61));
            test(find(DatePicker.class).withId("deadline-date").single()).setValue(inDays(50));
        }
    }

    @SuppressWarnings("unchecked")
    private void format(Editor editor, String label) {
        test((RadioButtonGroup<MeetingFormat>) find(RadioButtonGroup.class)
                        .withId(editor.prefix + "-format")
                        .single())
                .selectItem(label);
    }

    private TextField text(Editor editor, String field) {
        return find(TextField.class).withId(editor.prefix + "-" + field).single();
    }

    private void save(Editor editor) {
        test(find(Button.class).withId(editor.save).single()).click();
    }

    private boolean saved(Editor editor, String title) {
        return editor == Editor.MEETING
                ? meetings.meetingsToManage(dac(), 0, 500).stream()
                        .anyMatch(m -> m.title().equals(title))
                : scheduling.polls(dac()).stream().anyMatch(p -> p.title().equals(title));
    }

    @ParameterizedTest
    @EnumSource(Editor.class)
    void bothFormsOfferTheWholePlace(Editor editor) {
        open(editor, "Whole place " + editor);
        assertThat(find(RadioButtonGroup.class)
                        .withId(editor.prefix + "-format")
                        .exists())
                .isTrue();
        for (String field : new String[] {"location", "room", "online-url", "dial-in"}) {
            assertThat(find(TextField.class).withId(editor.prefix + "-" + field).exists())
                    .as(field)
                    .isTrue();
        }
        assertThat(find(TextArea.class).withId(editor.prefix + "-access").exists())
                .isTrue();
        MultiSelectComboBox<?> languages = find(MultiSelectComboBox.class)
                .withId(editor.prefix + "-languages")
                .single();
        assertThat(languages.getLabel()).isEqualTo("Interpretation offered");
        assertThat(languages.getValue())
                .as("the body's languages, to start from")
                .isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Editor.class)
    void anOnlineMeetingWithoutAWayInIsToldSoAtTheJoinLinkAndNothingIsSaved(Editor editor) {
        String title = "No way in " + editor;
        open(editor, title);
        format(editor, "Online");
        save(editor);

        TextField link = text(editor, "online-url");
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage())
                .isEqualTo("Give a join link or a dial-in number for a meeting people attend online.");
        assertThat(saved(editor, title)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Editor.class)
    void aMeetingInPersonWithoutAnAddressIsToldSoAtTheAddressAndNothingIsSaved(Editor editor) {
        String title = "No address " + editor;
        open(editor, title);
        format(editor, "In person");
        test(text(editor, "location")).setValue("   ");
        save(editor);

        TextField address = text(editor, "location");
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("Give the address for a meeting people attend in person.");
        assertThat(saved(editor, title)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Editor.class)
    void aJoinLinkThatIsNotAWebAddressIsRefusedAtItsField(Editor editor) {
        String title = "Bad link " + editor;
        open(editor, title);
        format(editor, "In person and online");
        test(text(editor, "location")).setValue("Jeffco Education Center");
        test(text(editor, "online-url")).setValue("javascript:alert(1)");
        save(editor);

        TextField link = text(editor, "online-url");
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo("Give a web address starting with https:// (or http://).");
        assertThat(saved(editor, title)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Editor.class)
    void aDialInAloneIsAWayInAndAnInPersonMeetingNeedsNoLink(Editor editor) {
        String online = "Dial-in only " + editor;
        open(editor, online);
        format(editor, "Online");
        test(text(editor, "dial-in")).setValue("+1 720 555 0100, code 4321");
        save(editor);
        assertThat(saved(editor, online)).isTrue();

        String inPerson = "In person, no link " + editor;
        open(editor, inPerson);
        format(editor, "In person");
        test(text(editor, "location")).setValue("Golden High School, 701 24th St, Golden");
        test(text(editor, "online-url")).setValue("");
        MultiSelectComboBox<String> languages = languages(editor);
        languages.setValue(Set.of("es", "vi"));
        save(editor);
        assertThat(saved(editor, inPerson)).isTrue();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> languages(Editor editor) {
        return find(MultiSelectComboBox.class)
                .withId(editor.prefix + "-languages")
                .single();
    }
}
