package roundtable.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.TestClock;
import roundtable.attendance.CheckInFixtures;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesContent.ActionItem;
import roundtable.minutes.MinutesContent.Attendance;
import roundtable.minutes.MinutesContent.Item;
import roundtable.minutes.MinutesContent.Motion;
import roundtable.minutes.MinutesContent.Presence;
import roundtable.minutes.MinutesContent.RollCallVote;
import roundtable.minutes.MinutesContent.Vote;
import roundtable.minutes.MinutesContent.VoteKind;

/**
 * Every known payload in every field the secretary and translator type into (notes, motion,
 * names, action items, public comment, guests, the translation) comes out of the one renderer
 * unable to run, in the published version and the translation that every output reads.
 */
@IntegrationTest
class MinutesXssIntegrationTest {

    @Autowired
    MinutesService minutes;
    @Autowired
    MeetingService meetings;
    @Autowired
    CommitteeService committees;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    <T> T as(String email, Supplier<T> work) {
        return RunAs.as(users, email, work);
    }

    @Test
    void noKnownPayloadSurvivesIntoThePublishedMinutesOrTheTranslation() {
        List<String> payloads = XssPayloads.all();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
        long meetingId = as("dac.secretary@example.org", () -> CheckInFixtures.dacMeetingThatStarted(committees,
                meetings, clock, "DAC hostile input", CheckInFixtures.STARTED_AGO, true));
        long minutesId = as("dac.secretary@example.org", () -> minutes.startDraft(meetingId));
        MinutesDraft draft = as("dac.secretary@example.org", () -> minutes.draftOf(meetingId).orElseThrow());

        List<Attendance> attendance = new ArrayList<>(draft.content().attendance().stream()
                .map(a -> new Attendance(a.personId(), a.name(), a.role(), a.voting(), Presence.PRESENT)).toList());
        List<Item> items = new ArrayList<>();
        for (String p : payloads) {
            // Names and titles are plain text of at most 200 characters; the rest is rich text.
            String n = p.length() > 200 ? p.substring(0, 200) : p;
            attendance.add(new Attendance(null, n, n, false, Presence.GUEST));
            Motion motion = new Motion(p, n, n, VoteKind.ROLL_CALL, 0, 0, 0,
                    List.of(new RollCallVote(null, n, Vote.YES)));
            items.add(new Item(null, n, p, List.of(motion), List.of(new ActionItem(p, n, null))));
        }
        String all = String.join("\n", payloads);
        MinutesDraft saved = as("dac.secretary@example.org",
                () -> minutes.saveDraft(minutesId, draft.version(), new MinutesContent(attendance, items, all)));
        MinutesDraft submitted = as("dac.secretary@example.org", () -> minutes.submit(minutesId, saved.version()));
        MinutesDraft approved = as("dac.chair@example.org", () -> minutes.approve(minutesId, submitted.version(), null));
        PublishedMinutes published = as("dac.chair@example.org", () -> minutes.publish(minutesId, approved.version(), true));
        as("dac.secretary@example.org", () -> minutes.addTranslation(minutesId, "es", all));

        XssPayloads.assertHarmless(published.html(), "published html");
        XssPayloads.assertHarmless(minutes.published(minutesId, null).orElseThrow().html(), "re-read html");
        XssPayloads.assertHarmless(minutes.translation(minutesId, "es").orElseThrow().html(), "translation");
        for (Item item : as("dac.secretary@example.org", () -> minutes.draftOf(meetingId).orElseThrow()).content()
                .items()) {
            XssPayloads.assertHarmless(item.notesHtml(), "stored notes");
            XssPayloads.assertHarmless(item.motions().getFirst().textHtml(), "stored motion");
        }
        // Plain text is text: a name typed as "<script>" reads so, and whoever puts it in HTML escapes it.
        assertThat(published.plainText()).contains("<script>alert(1)</script>");
        assertThat(published.html()).as("plain names are shown as text, not dropped").contains("&lt;script&gt;");
    }
}
