package roundtable.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.base.i18n.Language;
import roundtable.languageservices.AccessRequestDesk;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.RequestArrangements;
import roundtable.languageservices.RequestRef;
import roundtable.languageservices.RosterFilter;
import roundtable.meetings.MeetingCalendarWriter;
import roundtable.meetings.MeetingSummary;

/**
 * Meeting emails carry the meeting for the reader's calendar, read back with biweekly as a
 * calendar app would: the invitation and the re-invitation after a move ask to add it (REQUEST,
 * SEQUENCE raised by the move), the RSVP confirmation and the change notice put it in as accepted,
 * and a cancellation takes it off (CANCEL); always the feeds' UID and the local time with its zone.
 */
@IntegrationTest
class MeetingEmailCalendarsIntegrationTest extends AttendanceTestSupport {

    static final String MEMBER = "dac.member@example.org";
    static final String CHAIR = "dac.chair@example.org";

    @Autowired
    MeetingCalendarWriter writer;

    record Invite(String method, ICalendar calendar, VEvent event, String text) {}

    /** The newest email to this address whose subject starts so, with its calendar part parsed. */
    Invite invite(String to, String subjectStart) throws Exception {
        List<MimeMessage> found = Mailbox.to(mail, to, subjectStart, 1, Duration.ofSeconds(15));
        assertThat(found).as(subjectStart + " to " + to).isNotEmpty();
        MimeMessage message = found.getLast();
        assertThat(message.getSubject()).startsWith(subjectStart);
        BodyPart part = Mailbox.calendarPart(message.getContent());
        assertThat(part).as("a text/calendar part in " + message.getSubject()).isNotNull();
        String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar).as("parses as iCalendar").isNotNull();
        String method = calendar.getMethod().getValue();
        assertThat(part.getContentType()).contains("method=" + method);
        return new Invite(method, calendar, calendar.getEvents().getFirst(), Mailbox.part(message, "text/plain"));
    }

    void assertWhen(Invite invite, long meetingId, int sequence, int hour) {
        assertThat(invite.calendar().getEvents()).hasSize(1);
        VEvent event = invite.event();
        assertThat(event.getUid().getValue()).as("the feeds' UID").isEqualTo(writer.uid(meetingId));
        assertThat(event.getSequence().getValue()).isEqualTo(sequence);
        assertThat(event.getDateStart().getValue().getRawComponents().getHour()).isEqualTo(hour);
        assertThat(invite.calendar()
                        .getTimezoneInfo()
                        .getTimezone(event.getDateStart())
                        .getComponent()
                        .getTimezoneId()
                        .getValue())
                .as("local time with its zone")
                .isEqualTo("America/Denver");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("no-reply@roundtable.example.org");
    }

    static Attendee onlyAttendee(Invite invite, String email) {
        assertThat(invite.event().getAttendees()).hasSize(1);
        Attendee attendee = invite.event().getAttendees().getFirst();
        assertThat(attendee.getEmail()).isEqualToIgnoringCase(email);
        assertThat(attendee.getRsvp())
                .as("answers go through Roundtable's links, not calendar replies")
                .isFalse();
        return attendee;
    }

    @Test
    void invitationMoveAndCancellationReachTheCalendarAsOneEntry() throws Exception {
        String title = "Calendar check: hybrid session";
        long id = hybridDacMeeting(title, daysAhead(433, 12), "https://meet.example.org/calendar-check", false);

        Invite invitation = invite(MEMBER, "Invitación: " + title);
        assertThat(invitation.method()).isEqualTo("REQUEST");
        assertWhen(invitation, id, 0, 12);
        assertThat(onlyAttendee(invitation, MEMBER).getParticipationStatus())
                .isEqualTo(ParticipationStatus.NEEDS_ACTION);
        assertThat(invitation.event().getDescription().getValue())
                .as("in the reader's language")
                .contains("Página de la reunión", "https://meet.example.org/calendar-check");
        assertThat(invite(CHAIR, "Invitation: " + title)
                        .event()
                        .getDescription()
                        .getValue())
                .contains("Meeting page");

        // The member answers; the chair does not.
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, AccessNeeds.none()));
        Invite confirmed = invite(MEMBER, "Su asistencia está confirmada: " + title);
        assertThat(confirmed.method()).isEqualTo("REQUEST");
        assertWhen(confirmed, id, 0, 12);
        assertThat(onlyAttendee(confirmed, MEMBER).getParticipationStatus()).isEqualTo(ParticipationStatus.ACCEPTED);
        assertThat(confirmed.text())
                .as("the confirmation names how to join and the interpretation offered")
                .contains(
                        "https://meet.example.org/calendar-check",
                        "+1 720 555 0100, code 4321",
                        "Español, ASL",
                        "/meetings/" + id);
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        mail.purgeEmailFromAllMailboxes();

        MeetingSummary before = as(CHAIR, () -> meetings.find(id).orElseThrow());
        as(
                CHAIR,
                () -> planning.updateMeeting(
                        id,
                        before.version(),
                        before.data().startingAt(before.startsAtLocal().plusHours(2))));
        Invite reinvited = invite(CHAIR, "Changed: " + title);
        assertThat(reinvited.method()).isEqualTo("REQUEST");
        assertWhen(reinvited, id, 1, 14);
        Invite updated = invite(MEMBER, "Cambió la reunión: " + title);
        assertThat(updated.method()).isEqualTo("REQUEST");
        assertWhen(updated, id, 1, 14);
        assertThat(onlyAttendee(updated, MEMBER).getParticipationStatus()).isEqualTo(ParticipationStatus.ACCEPTED);
        assertThat(updated.text()).contains("https://meet.example.org/calendar-check", "Español, ASL");

        MeetingSummary moved = as(CHAIR, () -> meetings.find(id).orElseThrow());
        as(CHAIR, () -> planning.cancelMeeting(id, moved.version(), "No quorum expected"));
        for (String[] to : new String[][] {{CHAIR, "Cancelled: "}, {MEMBER, "Cancelada: "}}) {
            Invite cancelled = invite(to[0], to[1] + title);
            assertThat(cancelled.method()).isEqualTo("CANCEL");
            assertWhen(cancelled, id, 2, 14);
            assertThat(cancelled.event().getStatus().isCancelled()).isTrue();
            onlyAttendee(cancelled, to[0]);
            assertThat(cancelled.text()).contains("No quorum expected", "/meetings/" + id);
        }
    }

    /**
     * The interpreter's booking says how they will work (in the room, online, by phone) and puts the meeting
     * in their calendar under the feeds' UID, so a move updates that entry (SEQUENCE raised) and a
     * cancellation or their release takes it off (CANCEL).
     */
    @Test
    void aBookedInterpreterIsToldHowTheyWorkAndTheirCalendarFollowsTheMeeting() throws Exception {
        String title = "Calendar check: interpreted session";
        long id = meeting("dac", title, 437, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        long ana = interpreter("Ana Morales");
        as(COORDINATOR, () -> arrangements.assign(spanishRequests(id), ana));

        Invite booked = invite(ANA, "You are booked: " + title);
        assertThat(booked.text()).as("the mode, in words").contains("Spanish", "in the room");
        assertThat(booked.method()).isEqualTo("REQUEST");
        assertWhen(booked, id, 0, 18);
        onlyAttendee(booked, ANA);

        MeetingSummary before = as(CHAIR, () -> meetings.find(id).orElseThrow());
        as(
                CHAIR,
                () -> planning.updateMeeting(
                        id,
                        before.version(),
                        before.data().startingAt(before.startsAtLocal().plusHours(1))));
        Invite moved = invite(ANA, "Meeting changed: " + title);
        assertThat(moved.method()).isEqualTo("REQUEST");
        assertWhen(moved, id, 1, 19);
        assertThat(moved.text()).contains("in the room");

        MeetingSummary now = as(CHAIR, () -> meetings.find(id).orElseThrow());
        as(CHAIR, () -> planning.cancelMeeting(id, now.version(), "The school is closed"));
        Invite cancelled = invite(ANA, "Cancelled: " + title);
        assertThat(cancelled.method()).isEqualTo("CANCEL");
        assertWhen(cancelled, id, 2, 19);
        assertThat(cancelled.event().getStatus().isCancelled()).isTrue();

        String other = "Calendar check: interpreter released";
        long second = meeting("dac", other, 438, false);
        as(MEMBER, () -> attendance.rsvp(second, Response.IN_PERSON, SPANISH));
        as(COORDINATOR, () -> arrangements.assign(spanishRequests(second), ana));
        invite(ANA, "You are booked: " + other);
        as(
                COORDINATOR,
                () -> arrangements.markUnable(spanishRequests(second), "The member found a family interpreter."));
        Invite released = invite(ANA, "No longer needed: " + other);
        assertThat(released.method()).as("off their calendar").isEqualTo("CANCEL");
        assertWhen(released, second, 0, 18);
        onlyAttendee(released, ANA);
        assertThat(released.event().getStatus())
                .as("the meeting itself still happens")
                .isNull();
        assertThat(released.event().getSummary().getValue()).doesNotStartWith("Cancelled");
    }

    static final String COORDINATOR = "language.services@example.org";
    static final String ANA = "ana.morales@example.org";

    @Autowired
    AccessRequestDesk desk;

    @Autowired
    RequestArrangements arrangements;

    @Autowired
    InterpreterRoster roster;

    long interpreter(String name) {
        return as(COORDINATOR, () -> roster.roster(RosterFilter.active(), 0, 100)).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    List<RequestRef> spanishRequests(long meetingId) {
        return as(COORDINATOR, () -> desk.queue(true, 0, 500)).stream()
                .filter(m -> m.meeting().meetingId() == meetingId)
                .findFirst()
                .orElseThrow()
                .groups()
                .stream()
                .filter(g -> g.key().equals("INTERPRETATION:es"))
                .findFirst()
                .orElseThrow()
                .requests();
    }

    /** The meeting is taken off this one reader's calendar (it goes on for everyone else): RFC 5546's CANCEL for one attendee. */
    void takenOffTheirCalendarAlone(Invite invite, long meetingId, String email) {
        assertThat(invite.method()).isEqualTo("CANCEL");
        assertThat(invite.event().getUid().getValue()).as("the feeds' UID").isEqualTo(writer.uid(meetingId));
        assertThat(invite.event().getStatus())
                .as("not STATUS:CANCELLED: the meeting itself goes on")
                .isNull();
        assertThat(invite.event().getSummary().getValue()).doesNotContain("Cancel");
        onlyAttendee(invite, email);
    }

    @Test
    void aMemberWhoSaysSheWillNotComeHasTheMeetingTakenOffHerCalendarAndHearsWhatWasWithdrawn() throws Exception {
        String title = "Calendar check: she will not come";
        long id = meeting("dac", title, 434, false);
        as(
                MEMBER,
                () -> attendance.rsvp(
                        id,
                        Response.IN_PERSON,
                        new AccessNeeds(
                                "es", InterpretationMode.IN_PERSON, null, Set.of(), null, 2, "4 and 7", false)));
        invite(MEMBER, "Su asistencia está confirmada: " + title);

        as(MEMBER, () -> attendance.rsvp(id, Response.NOT_ATTENDING, AccessNeeds.none()));
        Invite declined = invite(MEMBER, "No asistirá: " + title);
        takenOffTheirCalendarAlone(declined, id, MEMBER);
        assertThat(declined.text())
                .contains(
                        "no asistirá",
                        "Interpretación: Español (Intérprete en la sala)",
                        "Cuidado de 2 niños",
                        "/meetings/" + id)
                .as("her own words stay out of email")
                .doesNotContain("4 and 7");

        // Coming after all puts it back in her calendar as accepted.
        as(MEMBER, () -> attendance.rsvp(id, Response.ONLINE, AccessNeeds.none()));
        Invite back = invite(MEMBER, "Su asistencia está confirmada: " + title);
        assertThat(back.method()).isEqualTo("REQUEST");
        assertThat(onlyAttendee(back, MEMBER).getParticipationStatus()).isEqualTo(ParticipationStatus.ACCEPTED);
    }

    @Test
    void aGuestWhoCancelsHasTheMeetingTakenOffTheirCalendarAndAnsweringAgainPutsItBack() throws Exception {
        String title = "Calendar check: a guest cancels";
        String guest = "rowan.cancels@example.net";
        long id = meeting("jeffco-alliance", title, 435, true);
        as(
                null,
                () -> guests.guestRsvp(
                        id,
                        "Rowan Guest",
                        guest,
                        Language.ENGLISH,
                        Response.IN_PERSON,
                        new AccessNeeds("ase", InterpretationMode.IN_PERSON, null, Set.of(), null, null, null, false),
                        "198.51.100.61"));
        String confirm = Mailbox.awaitLink(mail, guest, title, "/rsvp/confirm/", Duration.ofSeconds(15))
                .replaceAll(".*/rsvp/confirm/", "");
        as(null, () -> guestChanges.confirmGuest(confirm));
        String manage = Mailbox.awaitLink(
                        mail, guest, "You are confirmed: " + title, "/rsvp/manage/", Duration.ofSeconds(15))
                .replaceAll(".*/rsvp/manage/", "");

        as(null, () -> guestChanges.cancelByToken(manage));
        Invite cancelled = invite(guest, "Your RSVP is cancelled: " + title);
        takenOffTheirCalendarAlone(cancelled, id, guest);
        assertThat(cancelled.text())
                .contains("You cancelled your RSVP", "Interpretation: ASL (Interpreter in the room)", "/rsvp/manage/");
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        mail.purgeEmailFromAllMailboxes();

        as(
                null,
                () -> guestChanges.guestChange(
                        manage,
                        Response.IN_PERSON,
                        new AccessNeeds("ase", InterpretationMode.IN_PERSON, null, Set.of(), null, null, null, false)));
        Invite back = invite(guest, "You are confirmed: " + title);
        assertThat(back.method()).isEqualTo("REQUEST");
        assertThat(onlyAttendee(back, guest).getParticipationStatus()).isEqualTo(ParticipationStatus.ACCEPTED);
    }
}
