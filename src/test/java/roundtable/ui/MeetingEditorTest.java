package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingStatus;
import roundtable.meetings.MeetingSummary;
import roundtable.meetings.Recurrence;

/** A chair plans, changes and cancels meetings through the real form. */
@IntegrationTest
@WithUserDetails("dac.chair@example.org")
class MeetingEditorTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitteeService committees;

    long dac() {
        return committees.findBySlug("dac").orElseThrow().id();
    }

    private void fill(String title, LocalDate day, LocalTime start, LocalTime end) {
        test(find(TextField.class).withId("meeting-title").single()).setValue(title);
        test(find(DatePicker.class).withId("meeting-date").single()).setValue(day);
        test(find(TimePicker.class).withId("meeting-start").single()).setValue(start);
        test(find(TimePicker.class).withId("meeting-end").single()).setValue(end);
        test(find(TextField.class).withId("meeting-location").single()).setValue("Jeffco Education Center");
        test(find(TextField.class).withId("meeting-online-url").single()).setValue("https://meet.example.org/dac");
    }

    private MeetingSummary titled(String title) {
        return meetings.meetingsToManage(dac(), 0, 500).stream()
                .filter(m -> m.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No meeting " + title));
    }

    private long count(String title) {
        return meetings.meetingsToManage(dac(), 0, 500).stream()
                .filter(m -> m.title().equals(title))
                .count();
    }

    @Test
    void anEndBeforeTheStartIsShownAtTheEndFieldAndNothingIsSaved() {
        navigate("manage/meetings/dac/new", Component.class);
        fill("Backwards meeting", LocalDate.of(2027, 2, 2), LocalTime.of(19, 0), LocalTime.of(18, 0));
        test(find(Button.class).withId("schedule-meeting").single()).click();

        TimePicker end = find(TimePicker.class).withId("meeting-end").single();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The meeting ends before it starts: choose a later end time.");
        assertThat(count("Backwards meeting")).isZero();
    }

    @Test
    void aMalformedJoinLinkIsRefusedAtItsField() {
        navigate("manage/meetings/dac/new", Component.class);
        fill("Bad link meeting", LocalDate.of(2027, 2, 3), LocalTime.of(18, 0), LocalTime.of(19, 30));
        test(find(TextField.class).withId("meeting-online-url").single()).setValue("meet dot example");
        test(find(Button.class).withId("schedule-meeting").single()).click();

        assertThat(find(TextField.class).withId("meeting-online-url").single().isInvalid())
                .isTrue();
        assertThat(count("Bad link meeting")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChairSchedulesAMonthlySeriesFromTheForm() {
        navigate("manage/meetings/dac/new", Component.class);
        fill("Second Tuesday forum", LocalDate.of(2027, 1, 12), LocalTime.of(19, 0), LocalTime.of(20, 30));
        test((Select<Recurrence.Pattern>)
                        find(Select.class).withId("meeting-repeat").single())
                .selectItem("Monthly on the same weekday (e.g. second Tuesday)");
        test(find(IntegerField.class).withId("meeting-count").single()).setValue(4);
        test(find(Button.class).withId("schedule-meeting").single()).click();

        assertThat(meetings.meetingsToManage(dac(), 0, 500).stream()
                        .filter(m -> m.title().equals("Second Tuesday forum"))
                        .map(m -> m.startsAtLocal().toLocalDate()))
                .containsExactly(
                        LocalDate.of(2027, 1, 12),
                        LocalDate.of(2027, 2, 9),
                        LocalDate.of(2027, 3, 9),
                        LocalDate.of(2027, 4, 13));
    }

    @Test
    void aClashIsAWarningTheChairCanAccept() {
        navigate("manage/meetings/dac/new", Component.class);
        fill("First of two", LocalDate.of(2027, 3, 2), LocalTime.of(18, 0), LocalTime.of(20, 0));
        test(find(Button.class).withId("schedule-meeting").single()).click();
        navigate("manage/meetings/dac/new", Component.class);
        fill("Second of two", LocalDate.of(2027, 3, 2), LocalTime.of(19, 0), LocalTime.of(20, 0));
        test(find(Button.class).withId("schedule-meeting").single()).click();

        ConfirmDialog warning =
                find(ConfirmDialog.class).withId("conflict-warning").single();
        assertThat(warning.isOpened()).isTrue();
        assertThat(count("Second of two")).isZero();
        ComponentUtil.fireEvent(warning, new ConfirmDialog.ConfirmEvent(warning, false));
        assertThat(titled("Second of two").status()).isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void aChairCancelsAMeetingWithAReason() {
        navigate("manage/meetings/dac/new", Component.class);
        fill("Called off", LocalDate.of(2027, 4, 6), LocalTime.of(18, 0), LocalTime.of(19, 0));
        test(find(Button.class).withId("schedule-meeting").single()).click();
        MeetingSummary meeting = titled("Called off");

        navigate("manage/meetings/dac/edit/" + meeting.id(), Component.class);
        test(find(Button.class).withId("cancel-meeting").single()).click();
        test(find(Button.class).withId("confirm-cancel-meeting").single()).click();
        assertThat(find(TextArea.class).withId("cancel-reason").single().isInvalid())
                .isTrue();
        test(find(TextArea.class).withId("cancel-reason").single()).setValue("The room flooded");
        test(find(Button.class).withId("confirm-cancel-meeting").single()).click();

        MeetingSummary after = titled("Called off");
        assertThat(after.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(after.cancelReason()).isEqualTo("The room flooded");
    }
}
