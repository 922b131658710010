package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.base.PlainText;
import roundtable.base.html.RichText;
import roundtable.meetings.AgendaFixtures;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaService;
import roundtable.meetings.AttachmentService;
import roundtable.meetings.MeetingData;
import roundtable.meetings.MeetingFormat;
import roundtable.meetings.MeetingPlace;

/** A secretary's meeting editor, agenda items and attachment names, with whatever is typed. */
@IntegrationTest
class MeetingsBadInputTest extends BadInputSupport {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final String SECRETARY = "dac.secretary@example.org";

    @Autowired
    AgendaService agenda;

    @Autowired
    AttachmentService attachments;

    @Test
    void aDraftMeetingIsSavedAsTypedOrRefusedWithAReason() {
        long dac = committees.findBySlug("dac").orElseThrow().id();
        Fuzz.check(150, t -> {
            String title = t.draw("title", NastyInput.field());
            LocalDateTime start = t.draw("start", NastyInput.meetingStart());
            int duration = t.draw("duration", Gen.oneOf(Gen.of(90), NastyInput.count()));
            String location = t.draw("location", NastyInput.field());
            String room = t.draw("room", NastyInput.field());
            String accessNotes = t.draw("accessNotes", NastyInput.field());
            String dialIn = t.draw("dialIn", NastyInput.field());
            String description = t.draw("description", NastyInput.field());
            List<String> languages = t.draw("languages", CommitteesBadInputTest.LANGUAGES);
            MeetingData data = new MeetingData(
                    dac,
                    title,
                    start,
                    DENVER,
                    duration,
                    new MeetingPlace(
                            MeetingFormat.HYBRID,
                            location,
                            room,
                            accessNotes,
                            "https://meet.example.org/dac",
                            dialIn,
                            languages),
                    true,
                    description);
            RunAs.as(
                    users,
                    SECRETARY,
                    () -> Refusals.attempt(jdbc, new String[] {"meeting"}, () -> planning.draftMeeting(data))
                            .ifPresent(id -> {
                                var saved = meetings.find(id).orElseThrow();
                                assertThat(saved.title()).isEqualTo(title.strip());
                                assertThat(saved.startsAtLocal()).isEqualTo(start);
                                assertThat(saved.startsAt().toLocalDateTime())
                                        .as("a time the clocks skip moves later by the gap, never earlier")
                                        .isAfterOrEqualTo(start)
                                        .isBeforeOrEqualTo(start.plusHours(1));
                                assertThat(saved.location()).isEqualTo(Refusals.stored(location));
                                assertThat(saved.room()).isEqualTo(Refusals.stored(room));
                                assertThat(saved.accessNotes()).isEqualTo(Refusals.stored(accessNotes));
                                assertThat(saved.dialIn()).isEqualTo(Refusals.stored(dialIn));
                                assertThat(saved.descriptionHtml()).isEqualTo(RichText.sanitise(description));
                                assertThat(saved.languagesOffered()).isEqualTo(languages);
                                // Kept out of the other tests' calendars, which share this database.
                                jdbc.update("delete from meeting where id = ?", id);
                            }));
        });
    }

    @Test
    void anAgendaItemIsSavedAsTypedOrRefusedWithAReason() {
        Fuzz.check(150, t -> {
            String title = t.draw("title", NastyInput.field());
            String presenter = t.draw("presenter", NastyInput.field());
            int minutes = t.draw("minutes", Gen.oneOf(Gen.of(10), NastyInput.count()));
            String description = t.draw("description", NastyInput.field());
            RunAs.as(users, SECRETARY, () -> {
                long meetingId = AgendaFixtures.publicDacMeeting(committees, meetings);
                Refusals.attempt(
                                jdbc,
                                new String[] {"agenda_item"},
                                () -> agenda.addAgendaItem(
                                        meetingId, new AgendaItemData(title, presenter, minutes, description, false)))
                        .ifPresent(id -> {
                            var saved = agenda.agendaOf(meetingId).stream()
                                    .filter(i -> i.id() == id)
                                    .findFirst()
                                    .orElseThrow();
                            assertThat(saved.title()).isEqualTo(title.strip());
                            assertThat(saved.presenter()).isEqualTo(Refusals.stored(presenter));
                            agenda.removeAgendaItem(saved.id(), saved.version());
                        });
            });
        });
    }

    @Test
    void anAttachmentNamedAnythingIsKeptUnderASafeName() {
        // Never refused for its name: it is made safe instead.
        Fuzz.checkOneWay(100, t -> {
            String name = t.draw("name", NastyInput.text());
            RunAs.as(users, SECRETARY, () -> {
                long meetingId = AgendaFixtures.publicDacMeeting(committees, meetings);
                long itemId = agenda.addAgendaItem(meetingId, new AgendaItemData("Papers", null, 5, null, false));
                Refusals.attempt(
                                jdbc,
                                new String[] {"attachment"},
                                () -> attachments.attach(
                                        itemId,
                                        name + ".pdf",
                                        AgendaFixtures.stream(AgendaFixtures.PDF),
                                        AgendaFixtures.PDF.length))
                        .ifPresent(saved -> {
                            assertThat(saved.fileName())
                                    .doesNotContain("/", "\\")
                                    .endsWith(".pdf");
                            assertThat(PlainText.acceptable(saved.fileName(), false))
                                    .as("no control, half-emoji or direction-override character in " + saved.fileName())
                                    .isTrue();
                            attachments.removeAttachment(saved.id());
                        });
                var item = agenda.agendaOf(meetingId).stream()
                        .filter(i -> i.id() == itemId)
                        .findFirst()
                        .orElseThrow();
                agenda.removeAgendaItem(item.id(), item.version());
            });
        });
    }
}
