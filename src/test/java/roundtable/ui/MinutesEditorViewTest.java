package roundtable.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesArchive;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.Vote;
import roundtable.minutes.MinutesContent.VoteKind;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.MinutesStatus;
import roundtable.minutes.MinutesTranslations;
import roundtable.minutes.PublishedMinutes;
import roundtable.minutes.ui.MinutesEditorView;

/** The minutes editor as the DAC secretary and chair use it, without a browser. */
@IntegrationTest
class MinutesEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    CommitteeService committees;

    @Autowired
    MinutesDrafting minutes;

    @Autowired
    MinutesArchive archive;

    @Autowired
    MinutesTranslations minutesTranslations;

    @Autowired
    MinutesPublishing publishing;

    @Autowired
    MinutesApproval approval;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long startedMeeting(String title) {
        return RunAs.as(
                users,
                "dac.secretary@example.org",
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, clock, title, CheckInFixtures.STARTED_AGO, true));
    }

    /** A started meeting whose minutes the signed-in recorder has just begun in the editor. */
    long draftOpened(String title) {
        long meetingId = startedMeeting(title);
        navigate("manage/minutes/" + meetingId, MinutesEditorView.class);
        test(button("minutes-start")).click();
        return meetingId;
    }

    Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    <T> Select<T> select(String label) {
        return find(Select.class).all().stream()
                .filter(s -> label.equals(s.getLabel()))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    List<Select<Vote>> voters() {
        return find(Select.class).all().stream()
                .filter(s -> s.getParent()
                        .map(p -> p.hasClassName("minutes-roll-call"))
                        .orElse(false))
                .map(s -> (Select<Vote>) s)
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<Select<Presence>> presences() {
        return find(Select.class).all().stream()
                .filter(s -> s.getClassNames().contains("minutes-presence"))
                .map(s -> (Select<Presence>) s)
                .toList();
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void theSecretaryMarksAttendanceRecordsARollCallAndAnActionAndSubmits() {
        long meetingId = startedMeeting("DAC editor journey");
        navigate("meetings/" + meetingId, Component.class);
        RouterLink link = find(RouterLink.class).withId("minutes-editor-link").single();
        assertThat(link.getText()).isEqualTo("Record the minutes");
        navigate(link.getHref(), MinutesEditorView.class);

        test(button("minutes-start")).click();
        assertThat(text("minutes-status")).isEqualTo("Status: Draft");
        assertThat(text("minutes-quorum")).startsWith("Quorum: 0 of ").endsWith("— no quorum");
        MinutesDraft draft = minutes.draftOf(meetingId).orElseThrow();
        int seated = draft.quorum().seated();
        int needed = draft.quorum().needed();
        assertThat(presences())
                .filteredOn(s -> s.getLabel().startsWith("José Luis Martínez"))
                .singleElement()
                .as("the secretary sees who will be shown by seat only")
                .satisfies(s -> assertThat(s.getHelperText()).startsWith("Not named in the public minutes"));
        assertThat(presences())
                .filteredOn(s -> s.getLabel().startsWith("Dana Whitfield"))
                .singleElement()
                .satisfies(s -> assertThat(s.getHelperText()).isNull());

        find(Select.class).all().stream()
                .filter(s -> s.getClassNames().contains("minutes-presence"))
                .map(s -> (Select<Presence>) s)
                .limit(needed)
                .forEach(s -> test(s).selectItem("Present"));
        assertThat(text("minutes-quorum"))
                .isEqualTo("Quorum: " + needed + " of " + seated + " present, " + needed + " needed — quorum met");

        test(button("minutes-add-item")).click();
        test(find(TextField.class).withId("minutes-item-1-title").single()).setValue("Budget priorities");
        test(find(TextArea.class).withId("minutes-item-1-notes").single()).setValue("<p>Discussed the shortfall.</p>");
        test(button("minutes-item-1-add-motion")).click();
        test(find(TextArea.class).withId("minutes-item-1-motion-1-text").single())
                .setValue("That DAC protect classrooms");
        test(find(TextField.class).withId("minutes-item-1-motion-1-mover").single())
                .setValue("Whitfield");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VoteKind> kind = find(RadioButtonGroup.class)
                .withId("minutes-item-1-motion-1-kind")
                .single();
        test(kind).selectItem("Roll call");
        List<Select<Vote>> voters = voters();
        assertThat(voters)
                .hasSize(needed)
                .allSatisfy(v -> assertThat(v.getValue()).isNull());
        assertThat(text("minutes-item-1-motion-1-result"))
                .as("nobody's vote is assumed")
                .isEqualTo("No vote recorded");
        test(voters.getFirst()).selectItem("No");
        assertThat(text("minutes-item-1-motion-1-result")).isEqualTo("Failed 0–1");
        voters.stream().skip(1).forEach(v -> test(v).selectItem("Yes"));
        assertThat(text("minutes-item-1-motion-1-result")).isEqualTo("Carried " + (needed - 1) + "–1");

        test(button("minutes-item-1-add-action")).click();
        test(find(TextField.class).withId("minutes-item-1-action-1-text").single())
                .setValue("Circulate the slides");
        test(find(TextField.class).withId("minutes-item-1-action-1-owner").single())
                .setValue("Secretary");

        test(button("minutes-submit")).click();
        assertThat(text("minutes-status")).isEqualTo("Status: Submitted for approval");
        MinutesDraft submitted = minutes.draftOf(meetingId).orElseThrow();
        assertThat(submitted.status()).isEqualTo(MinutesStatus.SUBMITTED);
        var motion = submitted.content().items().getFirst().motions().getFirst();
        assertThat(motion.rollCall()).hasSize(needed);
        assertThat(motion.no()).isEqualTo(1);
        assertThat(submitted.content().items().getFirst().actions().getFirst().owner())
                .isEqualTo("Secretary");
        assertThat(find(Button.class).withId("minutes-approve").exists())
                .as("the secretary cannot approve alone, and no meeting has approved them yet")
                .isFalse();
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void aRollCallFollowsTheAttendanceAndKeepsEveryVoteEntered() {
        long meetingId = draftOpened("DAC editor roll call follows attendance");
        List<Select<Presence>> presences = presences();
        test(presences.get(0)).selectItem("Present");
        test(presences.get(1)).selectItem("Present");

        test(button("minutes-add-item")).click();
        test(button("minutes-item-1-add-motion")).click();
        test(button("minutes-item-1-add-motion")).click();
        assertThat(text("minutes-item-1-motion-1")).startsWith("Motion 1");
        assertThat(text("minutes-item-1-motion-2")).startsWith("Motion 2");
        test(find(Button.class).withText("Remove this motion").first()).click();
        assertThat(text("minutes-item-1-motion-2"))
                .as("numbered as the minutes will number it")
                .startsWith("Motion 1");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<VoteKind> kind = find(RadioButtonGroup.class)
                .withId("minutes-item-1-motion-2-kind")
                .single();
        test(kind).selectItem("Roll call");
        Component group = find(Component.class)
                .withId("minutes-item-1-motion-2-roll-call")
                .single();
        assertThat(group.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(text(group.getElement().getAttribute("aria-labelledby"))).startsWith("Roll call");
        assertThat(voters()).hasSize(2);
        test(voters().get(0)).selectItem("Yes");

        test(presences.get(2)).selectItem("Present");
        assertThat(voters())
                .as("a member marked present later joins the open roll call")
                .hasSize(3)
                .extracting(Select::getValue)
                .containsExactly(Vote.YES, null, null);

        test(presences.get(0)).selectItem("Absent");
        test(presences.get(1)).selectItem("Absent");
        assertThat(voters())
                .as("a vote already entered is kept, an empty one goes")
                .hasSize(2)
                .extracting(Select::getValue)
                .containsExactlyInAnyOrder(Vote.YES, null);
        Select<Vote> flagged = voters().stream()
                .filter(v -> v.getValue() == Vote.YES)
                .findFirst()
                .orElseThrow();
        assertThat(flagged.getHelperText()).isEqualTo("Not marked present in the attendance");
        assertThat(text("minutes-item-1-motion-2-result")).isEqualTo("Carried 1–0");

        test(button("minutes-save")).click();
        navigate("manage/minutes/" + meetingId, MinutesEditorView.class);
        assertThat(voters())
                .as("reopening the draft keeps the stored vote")
                .hasSize(2)
                .extracting(Select::getValue)
                .containsExactlyInAnyOrder(Vote.YES, null);
        assertThat(voters())
                .filteredOn(v -> v.getValue() == Vote.YES)
                .singleElement()
                .satisfies(v -> assertThat(v.getHelperText()).isEqualTo("Not marked present in the attendance"));
        long minutesId = minutes.draftOf(meetingId).orElseThrow().minutesId();
        assertThat(publishing.publishWarnings(minutesId))
                .extracting(w -> w.messageKey())
                .contains("minutes.warning.vote-not-recorded", "minutes.warning.voter-not-present");
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void aGuestAddedByMistakeCanBeRemovedButAMemberCannot() {
        long meetingId = draftOpened("DAC editor guest removed");
        int rows = presences().size();
        assertThat(find(Button.class).withClassName("minutes-remove-guest").all())
                .as("members stay on the list, as absent or excused")
                .isEmpty();

        test(find(TextField.class).withId("minutes-guest-name").single()).setValue("Ana Visitor");
        test(button("minutes-add-guest")).click();
        assertThat(presences()).hasSize(rows + 1);
        Button remove = find(Button.class).withClassName("minutes-remove-guest").single();
        assertThat(remove.getText()).isEqualTo("Remove");
        assertThat(remove.getAriaLabel()).hasValue("Remove Ana Visitor from the attendance");
        test(remove).click();
        assertThat(presences()).hasSize(rows);

        test(button("minutes-save")).click();
        assertThat(minutes.draftOf(meetingId).orElseThrow().content().attendance())
                .noneMatch(a -> "Ana Visitor".equals(a.name()));
    }

    @Test
    @WithUserDetails("dac.secretary@example.org")
    void theSecondOfTwoEditorsChoosesToKeepTheirsOrShowTheOthers() {
        long meetingId = draftOpened("DAC editor conflict");
        RunAs.as(users, "dac.chair@example.org", () -> {
            MinutesDraft d = minutes.draftOf(meetingId).orElseThrow();
            minutes.saveDraft(
                    d.minutesId(),
                    d.version(),
                    new MinutesContent(d.content().attendance(), d.content().items(), "<p>The chair’s summary.</p>"));
        });
        test(find(TextArea.class).withId("minutes-public-comment").single()).setValue("<p>My summary.</p>");
        test(button("minutes-save")).click();
        assertThat(text("minutes-conflict")).startsWith("Someone else saved these minutes first.");
        assertThat(minutes.draftOf(meetingId).orElseThrow().content().publicCommentHtml())
                .as("nothing overwritten without asking")
                .contains("The chair’s summary.");

        test(button("minutes-conflict-keep-mine")).click();
        assertThat(minutes.draftOf(meetingId).orElseThrow().content().publicCommentHtml())
                .contains("My summary.");
        assertThat(find(Component.class).withId("minutes-conflict").exists()).isFalse();

        RunAs.as(users, "dac.chair@example.org", () -> {
            MinutesDraft d = minutes.draftOf(meetingId).orElseThrow();
            minutes.saveDraft(
                    d.minutesId(),
                    d.version(),
                    new MinutesContent(d.content().attendance(), d.content().items(), "<p>The chair again.</p>"));
        });
        test(find(TextArea.class).withId("minutes-public-comment").single()).setValue("<p>Mine again.</p>");
        test(button("minutes-save")).click();
        test(button("minutes-conflict-show-theirs")).click();
        assertThat(find(TextArea.class)
                        .withId("minutes-public-comment")
                        .single()
                        .getValue())
                .contains("The chair again.");
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void theChairApprovesPublishesAndStartsACorrection() {
        long meetingId = startedMeeting("DAC editor approval");
        RunAs.as(users, "dac.secretary@example.org", () -> {
            long id = minutes.startDraft(meetingId);
            minutes.submit(id, minutes.draftOf(meetingId).orElseThrow().version());
        });
        navigate("manage/minutes/" + meetingId, MinutesEditorView.class);
        test(button("minutes-approve")).click();
        assertThat(text("minutes-status")).isEqualTo("Status: Approved, not yet published");

        test(button("minutes-publish")).click();
        assertThat(find(ConfirmDialog.class)
                        .withId("minutes-publish-confirm")
                        .single()
                        .isOpened())
                .as("nobody was marked present: a warning first")
                .isTrue();
        assertThat(archive.published(minutes.draftOf(meetingId).orElseThrow().minutesId(), null))
                .isEmpty();
        test(find(ConfirmDialog.class).withId("minutes-publish-confirm").single())
                .confirm();
        assertThat(text("minutes-status")).isEqualTo("Status: Published");
        assertThat(text("minutes-published-version")).startsWith("Version 1 is published.");
        long minutesId = minutes.draftOf(meetingId).orElseThrow().minutesId();
        PublishedMinutes published = archive.published(minutesId, null).orElseThrow();
        assertThat(published.html()).contains("No attendance was recorded.");

        test(select("Language")).selectItem("Spanish");
        test(find(TextArea.class).withId("minutes-translation-text").single()).setValue("<p>Acta en español.</p>");
        test(button("minutes-translation-save")).click();
        assertThat(text("minutes-translation-es")).isEqualTo("Spanish: translation of version 1");

        test(button("minutes-amend")).click();
        test(find(TextArea.class).withId("minutes-amend-reason").single()).setValue("Attendance added");
        test(button("minutes-amend-confirm")).click();
        assertThat(text("minutes-status")).isEqualTo("Status: Draft");
        assertThat(archive.published(minutesId, null))
                .as("version 1 stays public")
                .isPresent();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aTranslatorSaysWhenAnOutOfDateTranslationFollowsTheNewVersion() {
        long meetingId = startedMeeting("DAC editor translation catch-up");
        long minutesId = RunAs.as(users, "dac.chair@example.org", () -> {
            long id = minutes.startDraft(meetingId);
            publishApproved(
                    id,
                    minutes.submit(id, minutes.draftOf(meetingId).orElseThrow().version())
                            .version());
            minutesTranslations.addTranslation(id, "es", "<p>Versión uno.</p>");
            MinutesDraft amending =
                    approval.amend(id, minutes.draftOf(meetingId).orElseThrow().version(), "Typo");
            publishApproved(id, minutes.submit(id, amending.version()).version());
            return id;
        });
        navigate("manage/minutes/" + meetingId, MinutesEditorView.class);
        assertThat(text("minutes-translation-es")).isEqualTo("Spanish: translation of version 1 — out of date");

        test(select("Language")).selectItem("Spanish");
        Checkbox follows = find(Checkbox.class)
                .withId("minutes-translation-follows-current")
                .single();
        assertThat(follows.isVisible()).isTrue();
        assertThat(follows.getLabel()).startsWith("This translation now follows version 2");
        test(find(TextArea.class).withId("minutes-translation-text").single())
                .setValue("<p>Versión uno, corregida.</p>");
        test(button("minutes-translation-save")).click();
        assertThat(text("minutes-translation-es"))
                .as("a correction alone keeps it a translation of version 1")
                .isEqualTo("Spanish: translation of version 1 — out of date");

        test(find(TextArea.class).withId("minutes-translation-text").single()).setValue("<p>Versión dos.</p>");
        test(follows).click();
        test(button("minutes-translation-save")).click();
        assertThat(text("minutes-translation-es")).isEqualTo("Spanish: translation of version 2");
        assertThat(follows.isVisible()).isFalse();
        assertThat(archive.translation(minutesId, "es").orElseThrow().outOfDate())
                .isFalse();

        RunAs.as(
                users,
                "dac.secretary@example.org",
                () -> minutesTranslations.updateTranslation(
                        minutesId,
                        "es",
                        "<p>La del secretario.</p>",
                        minutesTranslations.translationsOf(minutesId).getFirst().version(),
                        true));
        test(find(TextArea.class).withId("minutes-translation-text").single()).setValue("<p>La mía.</p>");
        test(button("minutes-translation-save")).click();
        assertThat(text("minutes-translations")).contains("Someone else saved this translation first");
        assertThat(find(TextArea.class)
                        .withId("minutes-translation-text")
                        .single()
                        .getValue())
                .as("the translator's own text is kept")
                .isEqualTo("<p>La mía.</p>");
        assertThat(find(TextArea.class)
                        .withId("minutes-translation-theirs")
                        .single()
                        .getValue())
                .isEqualTo("<p>La del secretario.</p>");
        test(button("minutes-translation-save")).click();
        assertThat(archive.translation(minutesId, "es").orElseThrow().html())
                .as("saved again, knowingly")
                .contains("<p>La mía.</p>")
                .doesNotContain("La del secretario");
        assertThat(find(TextArea.class).withId("minutes-translation-theirs").exists())
                .as("hidden once saved")
                .isFalse();
    }

    private void publishApproved(long minutesId, long submittedVersion) {
        publishing.publish(
                minutesId, approval.approve(minutesId, submittedVersion, null).version(), true);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void aMemberFindsNoEditor() {
        long meetingId = startedMeeting("DAC editor closed to members");
        navigate("meetings/" + meetingId, Component.class);
        assertThat(find(RouterLink.class).withId("minutes-editor-link").exists())
                .isFalse();
        assertThatThrownBy(() -> navigate("manage/minutes/" + meetingId, MinutesEditorView.class))
                .hasMessageContaining("NotFoundView");
    }
}
