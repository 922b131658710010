package roundtable.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;
import roundtable.TestMessages;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;

/**
 * What ical4j writes, read back by biweekly: a 7 pm meeting is 19:00 local with its TZID on
 * both sides of both 2026 clock changes, and biweekly's own reading of our VTIMEZONE puts it
 * at the right instant.
 */
class MeetingCalendarWriterTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");

    private final MeetingCalendarWriter writer = new MeetingCalendarWriter(
            TestMessages.source(),
            new RoundtableProperties(
                    "Jeffco Public Schools", "https://meetings.example.org/", DENVER, "x@example.org"));

    @Test
    void sevenPmIsSevenPmLocalTimeWithItsZoneAcrossBothClockChangesOf2026() {
        List<MeetingSummary> season = List.of(
                at(1, LocalDateTime.of(2026, 3, 3, 19, 0)),
                at(2, LocalDateTime.of(2026, 3, 10, 19, 0)),
                at(3, LocalDateTime.of(2026, 10, 27, 19, 0)),
                at(4, LocalDateTime.of(2026, 11, 3, 19, 0)));
        String text = writer.feed("DAC", season, Map.of(), List.of(Language.ENGLISH));

        assertThat(text)
                .contains(
                        "DTSTART;TZID=America/Denver:20260303T190000",
                        "DTSTART;TZID=America/Denver:20260310T190000",
                        "DTSTART;TZID=America/Denver:20261027T190000",
                        "DTSTART;TZID=America/Denver:20261103T190000",
                        "DTEND;TZID=America/Denver:20261103T203000");
        ICalendar calendar = CalendarFeedsIntegrationTest.parse(text);
        assertThat(calendar.getTimezoneInfo().getComponents())
                .singleElement()
                .satisfies(zone -> assertThat(zone.getTimezoneId().getValue()).isEqualTo("America/Denver"));
        for (VEvent event : calendar.getEvents()) {
            assertThat(event.getDateStart().getValue().getRawComponents().getHour())
                    .isEqualTo(19);
            assertThat(calendar.getTimezoneInfo()
                            .getTimezone(event.getDateStart())
                            .getComponent()
                            .getTimezoneId()
                            .getValue())
                    .isEqualTo("America/Denver");
        }
        // MST is UTC-7, MDT UTC-6: the same 7 pm is a different instant either side of each change.
        assertThat(calendar.getEvents().stream().map(CalendarFeedsIntegrationTest::instant))
                .containsExactly(
                        Instant.parse("2026-03-04T02:00:00Z"), Instant.parse("2026-03-11T01:00:00Z"),
                        Instant.parse("2026-10-28T01:00:00Z"), Instant.parse("2026-11-04T02:00:00Z"));
    }

    @Test
    void theUidNamesTheMeetingAndTheSiteSoInvitationsCanReuseIt() {
        assertThat(writer.uid(42)).isEqualTo("meeting-42@meetings.example.org");
        VEvent event = CalendarFeedsIntegrationTest.only(
                writer.single(at(42, LocalDateTime.of(2026, 12, 1, 18, 30)), null, List.of(Language.SPANISH)));
        assertThat(event.getUid().getValue()).isEqualTo("meeting-42@meetings.example.org");
        assertThat(event.getUrl().getValue()).isEqualTo("https://meetings.example.org/meetings/42");
        assertThat(event.getDescription().getValue())
                .startsWith("Página de la reunión")
                .doesNotContain("Meeting page");
    }

    @Test
    void longTextIsFoldedAndEscapedAndTheWholeCalendarIsValid() {
        MeetingSummary wordy = new MeetingSummary(
                7,
                0,
                1,
                "Budget; priorities, and what families told us about "
                        + "transport, childcare and interpretation at every listening session this autumn",
                LocalDateTime.of(2026, 12, 8, 19, 0),
                DENVER,
                90,
                MeetingFormat.IN_PERSON,
                "Education Center, 1829 Denver West Dr, Golden",
                null,
                true,
                MeetingStatus.SCHEDULED,
                List.of("es", "vi"),
                null,
                null,
                null,
                null,
                null,
                3,
                Instant.parse("2026-11-20T10:00:00Z"),
                null,
                null);
        String text = writer.feed(
                "Jeffco Public Schools: public meetings", List.of(wordy), Map.of(), List.of(Language.values()));

        // ical4j folds at 75 characters, not octets (RFC 5545 says SHOULD): a line with accents is a
        // few octets longer, which every parser we know unfolds, and it never splits a character.
        assertThat(text.split("\r\n"))
                .allSatisfy(line ->
                        assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(75));
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(text);
        assertThat(text).contains("SUMMARY:Budget\\; priorities\\, and what");
        ICalendar calendar = CalendarFeedsIntegrationTest.parse(text);
        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty())
                .as(calendar.validate(ICalVersion.V2_0).toString())
                .isTrue();
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo(wordy.title());
        assertThat(event.getSequence().getValue()).isEqualTo(3);
        assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(wordy.updatedAt());
        assertThat(event.getLastModified().getValue().toInstant()).isEqualTo(wordy.updatedAt());
        assertThat(event.getDescription().getValue()).contains("Interpretation offered: Spanish, Vietnamese");
    }

    @Test
    void zoneDefinitionsComeFromTheJarNeverFromTheInternet() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"))
                .contains("false");
    }

    @Test
    void anEmailedInvitationIsAnItipRequestForOnePersonAndACancellationTakesTheSameEntryOff() {
        MeetingSummary meeting = at(9, LocalDateTime.of(2026, 12, 1, 18, 30));
        String request = writer.invitation(
                meeting,
                null,
                Language.ENGLISH,
                CalendarMethod.REQUEST,
                new CalendarAttendee("ana@example.net", "Ana Ruiz", false));
        ICalendar calendar = CalendarFeedsIntegrationTest.parse(request);
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo(writer.uid(9));
        assertThat(event.getOrganizer().getEmail()).isEqualTo("x@example.org");
        assertThat(event.getAttendees()).singleElement().satisfies(a -> {
            assertThat(a.getEmail()).isEqualTo("ana@example.net");
            assertThat(a.getCommonName()).isEqualTo("Ana Ruiz");
            assertThat(a.getRsvp()).isFalse();
            assertThat(a.getParticipationStatus().getValue()).isEqualTo("NEEDS-ACTION");
        });
        assertThat(request)
                .contains("DTSTART;TZID=America/Denver:20261201T183000", "STATUS:CONFIRMED")
                .doesNotContain("METHOD:PUBLISH");

        String cancel = writer.invitation(
                at(9, meeting.startsAtLocal(), MeetingStatus.CANCELLED),
                null,
                Language.SPANISH,
                CalendarMethod.CANCEL,
                new CalendarAttendee("ana@example.net", "Ana Ruiz", true));
        VEvent cancelled = CalendarFeedsIntegrationTest.only(cancel);
        assertThat(CalendarFeedsIntegrationTest.parse(cancel).getMethod().getValue())
                .isEqualTo("CANCEL");
        assertThat(cancelled.getUid().getValue()).isEqualTo(writer.uid(9));
        assertThat(cancelled.getStatus().isCancelled()).isTrue();
        assertThat(cancelled.getSummary().getValue()).startsWith("Cancelada: ");
        assertThat(cancelled.getAttendees().getFirst().getParticipationStatus().getValue())
                .isEqualTo("ACCEPTED");
    }

    /** Someone no longer needed at a meeting that still happens: off their calendar, without saying it is off. */
    @Test
    void aCancellationForOneAttendeeOfAMeetingThatStillHappensRemovesOnlyThem() {
        String cancel = writer.invitation(
                at(9, LocalDateTime.of(2026, 12, 1, 18, 30)),
                null,
                Language.ENGLISH,
                CalendarMethod.CANCEL,
                new CalendarAttendee("ana@example.net", "Ana Ruiz", false));
        VEvent removed = CalendarFeedsIntegrationTest.only(cancel);
        assertThat(CalendarFeedsIntegrationTest.parse(cancel).getMethod().getValue())
                .isEqualTo("CANCEL");
        assertThat(removed.getUid().getValue()).isEqualTo(writer.uid(9));
        assertThat(removed.getStatus())
                .as("RFC 5546: no STATUS when removing attendees")
                .isNull();
        assertThat(removed.getSummary().getValue()).isEqualTo("DAC monthly meeting");
        assertThat(removed.getAttendees())
                .singleElement()
                .satisfies(a -> assertThat(a.getEmail()).isEqualTo("ana@example.net"));
    }

    private static MeetingSummary at(long id, LocalDateTime start) {
        return at(id, start, MeetingStatus.SCHEDULED);
    }

    private static MeetingSummary at(long id, LocalDateTime start, MeetingStatus status) {
        return new MeetingSummary(
                id,
                0,
                1,
                "DAC monthly meeting",
                start,
                DENVER,
                90,
                MeetingFormat.HYBRID,
                "Education Center",
                "https://meet.example.org/dac",
                true,
                status,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                0,
                Instant.parse("2026-01-15T12:00:00Z"),
                null,
                null);
    }
}
