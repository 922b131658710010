package roundtable.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.minutes.MinutesApproval;
import roundtable.minutes.MinutesContent;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesDraft;
import roundtable.minutes.MinutesDrafting;
import roundtable.minutes.MinutesPublishing;
import roundtable.minutes.PublishedMinutes;

/** DAC minutes taken through the workflow as its secretary and chair would: recorded, approved, then published. */
public record MinutesToPublish(
        MinutesDrafting minutes,
        MinutesApproval approval,
        MinutesPublishing publishing,
        MeetingPlanning planning,
        CommitteeService committees,
        UserDetailsService users,
        TestClock clock) {

    public static final String SECRETARY = "dac.secretary@example.org";
    static final String CHAIR = "dac.chair@example.org";

    <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    /** A DAC meeting that has started, with a draft of its minutes: its id. */
    public long draft(String title) {
        long meetingId = as(
                SECRETARY,
                () -> CheckInFixtures.dacMeetingThatStarted(
                        committees, planning, clock, title, CheckInFixtures.STARTED_AGO, true));
        as(SECRETARY, () -> minutes.startDraft(meetingId));
        return meetingId;
    }

    /** Every voting member present and one item with these notes. */
    MinutesDraft record(long minutesId, MinutesDraft draft, String notes) {
        List<Attendance> attendance = new ArrayList<>(draft.content().attendance().stream()
                .map(a -> new Attendance(
                        a.personId(), a.name(), a.role(), a.voting(), a.voting() ? Presence.PRESENT : a.presence()))
                .toList());
        MinutesContent content = new MinutesContent(
                attendance, List.of(new Item(null, "Budget priorities", notes, List.of(), List.of())), null);
        return as(SECRETARY, () -> minutes.saveDraft(minutesId, draft.version(), content));
    }

    /** Submitted and approved; {@code publishing} is then given the approved draft's version. */
    long approved(long minutesId, MinutesDraft recorded) {
        MinutesDraft submitted = as(CHAIR, () -> minutes.submit(minutesId, recorded.version()));
        return as(CHAIR, () -> approval.approve(minutesId, submitted.version(), null))
                .version();
    }

    public PublishedMinutes publish(long minutesId, MinutesDraft recorded) {
        long version = approved(minutesId, recorded);
        return as(CHAIR, () -> publishing.publish(minutesId, version, true));
    }

    /** The meeting's minutes recorded with these notes and published. */
    PublishedMinutes publishNew(String title, String notes) {
        long meetingId = draft(title);
        MinutesDraft draft = as(SECRETARY, () -> minutes.draftOf(meetingId).orElseThrow());
        return publish(draft.minutesId(), record(draft.minutesId(), draft, notes));
    }
}
