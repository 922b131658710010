package roundtable.languageservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import roundtable.IntegrationTest;
import roundtable.Mailbox;
import roundtable.OutboxDrain;
import roundtable.attendance.AccessNeeds;
import roundtable.attendance.AccommodationType;
import roundtable.attendance.AttendanceTestSupport;
import roundtable.attendance.InterpretationMode;
import roundtable.attendance.RequestStatus;
import roundtable.attendance.Response;
import roundtable.attendance.RsvpView;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.meetings.MeetingData;

@IntegrationTest
class AccessRequestDeskIntegrationTest extends AttendanceTestSupport {

    static final String COORDINATOR = "language.services@example.org";
    static final String MEMBER = "dac.member@example.org";

    @Autowired
    AccessRequestDesk desk;

    @Autowired
    RequestArrangements arrangements;

    @Autowired
    InterpreterRoster roster;

    @Autowired
    AuditService audit;

    void moveClockTo(ZonedDateTime when) {
        clock.advance(Duration.between(clock.instant(), when.toInstant()));
    }

    MeetingRequests onDesk(long meetingId) {
        return as(COORDINATOR, () -> desk.queue(true, 0, 500)).stream()
                .filter(m -> m.meeting().meetingId() == meetingId)
                .findFirst()
                .orElseThrow();
    }

    RequestGroup group(long meetingId, String key) {
        return onDesk(meetingId).groups().stream()
                .filter(g -> g.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    InterpreterSummary interpreter(String name) {
        return as(COORDINATOR, () -> roster.roster(RosterFilter.active(), 0, 100)).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCoordinatorAssignsAndConfirmsAndTheMemberHearsEachStepInSpanish() {
        long id = meeting("dac", "DAC desk journey", 15, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));

        RequestGroup spanish = group(id, "INTERPRETATION:es");
        assertThat(spanish.count()).isEqualTo(1);
        assertThat(spanish.byStatus()).containsEntry(RequestStatus.OPEN, 1L);
        assertThat(spanish.needsAction()).isTrue();
        assertThat(onDesk(id).overdue()).as("15 days out is in good time").isFalse();
        assertThat(as(COORDINATOR, () -> desk.queue(false, 0, 500)))
                .as("waiting for the coordinator")
                .anyMatch(m -> m.meeting().meetingId() == id);

        InterpreterSummary ana = interpreter("Ana Morales");
        as(COORDINATOR, () -> arrangements.assign(spanish.requests(), ana.id()));
        RequestGroup assigned = group(id, "INTERPRETATION:es");
        assertThat(assigned.byStatus()).containsEntry(RequestStatus.ASSIGNED, 1L);
        assertThat(assigned.interpreterNames()).containsExactly("Ana Morales");
        String arranging = Mailbox.body(Mailbox.to(mail, MEMBER, "En preparación", 1, Duration.ofSeconds(10))
                .getFirst());
        assertThat(arranging).contains("DAC desk journey").contains("Interpretación: Español");
        String booked =
                Mailbox.body(Mailbox.to(mail, "ana.morales@example.org", "You are booked", 1, Duration.ofSeconds(10))
                        .getFirst());
        assertThat(booked).contains("DAC desk journey").contains("Spanish").contains("Education Center");

        assertThatThrownBy(() -> as(COORDINATOR, () -> arrangements.confirm(spanish.requests())))
                .as("the version seen before assigning is stale")
                .isInstanceOf(OptimisticLockingFailureException.class);
        as(COORDINATOR, () -> arrangements.confirm(assigned.requests()));
        assertThat(group(id, "INTERPRETATION:es").byStatus()).containsEntry(RequestStatus.CONFIRMED, 1L);
        assertThat(group(id, "INTERPRETATION:es").needsAction()).isFalse();
        String confirmed = Mailbox.body(Mailbox.to(mail, MEMBER, "Confirmado", 1, Duration.ofSeconds(10))
                .getFirst());
        assertThat(confirmed)
                .contains("DAC desk journey")
                .contains("Education Center")
                .containsPattern("M[SD]T")
                .contains("está confirmado");
        assertThat(as(COORDINATOR, () -> desk.queue(false, 0, 500)))
                .as("nothing left to do for it")
                .noneMatch(m -> m.meeting().meetingId() == id);
    }

    @Test
    void onlyTheCoordinatorAndAdminsSeeTheDeskAndReadingDetailsIsAudited() {
        long id = meeting("dac", "DAC desk privacy", 16, false);
        as(
                MEMBER,
                () -> attendance.rsvp(
                        id,
                        Response.IN_PERSON,
                        new AccessNeeds(
                                null,
                                null,
                                null,
                                Set.of(AccommodationType.OTHER),
                                "I use a service dog",
                                2,
                                "4 and 7",
                                false)));
        for (String who : List.of(MEMBER, "dac.chair@example.org", "dac.secretary@example.org")) {
            assertThatThrownBy(() -> as(who, () -> desk.queue(true, 0, 10)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(who, () -> desk.requestsIn(id, null)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Arrays.stream(RequestGroup.class.getRecordComponents()).map(c -> c.getName()))
                .as("the overview holds counts, never who asked or what they wrote")
                .doesNotContain("details", "requesterName", "requesterEmail", "childrenAges");
        assertThat(group(id, "CHILDCARE").children()).isEqualTo(2);

        long auditedBefore = as("admin@example.org", () -> audit.count("DAC desk privacy"));
        List<RequestLine> lines = as(COORDINATOR, () -> desk.requestsIn(id, "ACCOMMODATION:OTHER"));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.details()).isEqualTo("I use a service dog");
            assertThat(l.requesterEmail()).isEqualTo(MEMBER);
        });
        assertThat(as("admin@example.org", () -> audit.count("DAC desk privacy")))
                .as("the reading is in the audit trail")
                .isEqualTo(auditedBefore + 1);

        as(COORDINATOR, () -> arrangements.confirm(group(id, "CHILDCARE").requests()));
        assertThat(group(id, "CHILDCARE").byStatus())
                .as("childcare needs nobody from the roster")
                .containsEntry(RequestStatus.CONFIRMED, 1L);
    }

    @Test
    void wrongInterpretersReasonlessRefusalsAndConfirmingUnassignedAreRefusedWithReasons() {
        long id = meeting("dac", "DAC desk refusals", 17, false);
        as(
                MEMBER,
                () -> attendance.rsvp(
                        id,
                        Response.IN_PERSON,
                        new AccessNeeds("es", InterpretationMode.PHONE, null, Set.of(), null, null, null, false)));
        RequestGroup spanish = group(id, "INTERPRETATION:es");
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> arrangements.assign(
                                spanish.requests(), interpreter("Jordan Blake").id())))
                .as("an ASL interpreter for Spanish")
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "desk.error.interpreter-unsuited");
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> arrangements.assign(
                                spanish.requests(), interpreter("Ana Morales").id())))
                .as("Ana does not work by phone")
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> as(COORDINATOR, () -> arrangements.confirm(spanish.requests())))
                .hasFieldOrPropertyWithValue("messageKey", "desk.error.assign-first");
        assertThatThrownBy(() -> as(COORDINATOR, () -> arrangements.markUnable(spanish.requests(), "  ")))
                .hasFieldOrPropertyWithValue("messageKey", "desk.error.reason-required");
        assertThat(group(id, "INTERPRETATION:es").byStatus())
                .as("nothing half-done")
                .containsEntry(RequestStatus.OPEN, 1L);

        as(
                COORDINATOR,
                () -> arrangements.markUnable(spanish.requests(), "No phone interpreter is free that evening."));
        assertThat(group(id, "INTERPRETATION:es").byStatus()).containsEntry(RequestStatus.UNABLE, 1L);
        String told = Mailbox.body(Mailbox.to(mail, MEMBER, "No pudimos organizarlo", 1, Duration.ofSeconds(10))
                .getFirst());
        assertThat(told).contains("No phone interpreter is free that evening.").contains("DAC desk refusals");
    }

    @Test
    void anInterpreterIsToldWhenReleasedAndWhenTheirMeetingIsCancelled() {
        long id = meeting("dac", "DAC desk interpreter news", 18, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        as(
                COORDINATOR,
                () -> arrangements.assign(
                        group(id, "INTERPRETATION:es").requests(),
                        interpreter("Ana Morales").id()));
        Mailbox.to(mail, "ana.morales@example.org", "You are booked", 1, Duration.ofSeconds(10));
        as(
                COORDINATOR,
                () -> arrangements.markUnable(group(id, "INTERPRETATION:es").requests(), "The meeting needs two."));
        assertThat(Mailbox.to(mail, "ana.morales@example.org", "No longer needed", 1, Duration.ofSeconds(10)))
                .hasSize(1);

        long other = meeting("dac", "DAC desk cancelled", 19, false);
        as(MEMBER, () -> attendance.rsvp(other, Response.IN_PERSON, SPANISH));
        as(
                COORDINATOR,
                () -> arrangements.assign(
                        group(other, "INTERPRETATION:es").requests(),
                        interpreter("Ana Morales").id()));
        long version =
                as("admin@example.org", () -> meetings.find(other).orElseThrow().version());
        as("admin@example.org", () -> planning.cancelMeeting(other, version, "The room flooded"));
        String cancelled = Mailbox.body(
                Mailbox.to(mail, "ana.morales@example.org", "Cancelled: DAC desk cancelled", 1, Duration.ofSeconds(10))
                        .getFirst());
        assertThat(cancelled).contains("The room flooded");
    }

    @Test
    void aRequestNotConfirmedByTheArrangeByDayIsOverdueAndALateOneSaysSo() {
        // Wednesday 2 December 2026, 10:00 in Denver; the meeting is the Friday after, at 18:00.
        moveClockTo(ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, DENVER));
        long id = meeting("dac", "DAC desk overdue", 2, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        MeetingRequests soon = onDesk(id);
        assertThat(soon.arrangeBy()).as("two business days before Friday").isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(soon.overdue()).as("still the arrange-by day").isFalse();
        assertThat(group(id, "INTERPRETATION:es").late())
                .as("asked inside the lead time")
                .isEqualTo(1);

        moveClockTo(ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, DENVER));
        assertThat(onDesk(id).overdue()).isTrue();
        as(
                COORDINATOR,
                () -> arrangements.assign(
                        group(id, "INTERPRETATION:es").requests(),
                        interpreter("Ana Morales").id()));
        as(
                COORDINATOR,
                () -> arrangements.confirm(group(id, "INTERPRETATION:es").requests()));
        assertThat(onDesk(id).overdue()).as("arranged, even if late").isFalse();
    }

    @Test
    void aBookedInterpreterIsReleasedWhenTheRequesterWithdrawsOrChangesTheMode() throws Exception {
        long id = meeting("dac", "DAC desk withdrawn", 23, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        as(
                COORDINATOR,
                () -> arrangements.assign(
                        group(id, "INTERPRETATION:es").requests(),
                        interpreter("Ana Morales").id()));
        as(
                COORDINATOR,
                () -> arrangements.confirm(group(id, "INTERPRETATION:es").requests()));
        Mailbox.to(mail, "ana.morales@example.org", "You are booked", 1, Duration.ofSeconds(10));

        as(
                MEMBER,
                () -> attendance.rsvp(
                        id,
                        Response.ONLINE,
                        new AccessNeeds(
                                "es",
                                InterpretationMode.SIMULTANEOUS_ONLINE,
                                null,
                                Set.of(),
                                null,
                                null,
                                null,
                                false)));
        RequestGroup now = group(id, "INTERPRETATION:es");
        assertThat(now.byStatus())
                .as("a new mode is a new request for the coordinator")
                .containsExactlyEntriesOf(Map.of(RequestStatus.OPEN, 1L));
        assertThat(Mailbox.to(mail, "ana.morales@example.org", "No longer needed", 1, Duration.ofSeconds(10)))
                .hasSize(1);

        as(
                COORDINATOR,
                () -> arrangements.assign(
                        group(id, "INTERPRETATION:es").requests(),
                        interpreter("Ana Morales").id()));
        mail.purgeEmailFromAllMailboxes();
        as(MEMBER, () -> attendance.rsvp(id, Response.NOT_ATTENDING, AccessNeeds.none()));
        assertThat(Mailbox.to(mail, "ana.morales@example.org", "No longer needed", 1, Duration.ofSeconds(10)))
                .as("not coming asks for nothing, so Ana is free")
                .hasSize(1);
    }

    @Test
    void whatADeclineWithdrawsLeavesTheDeskAndWhatSheAsksForAgainComesBack() {
        long id = meeting("dac", "DAC desk decline and return", 26, false);
        AccessNeeds asked = new AccessNeeds(
                "es",
                InterpretationMode.IN_PERSON,
                null,
                Set.of(AccommodationType.WHEELCHAIR),
                null,
                2,
                "4 and 7",
                false);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, asked));
        as(
                COORDINATOR,
                () -> arrangements.assign(
                        group(id, "INTERPRETATION:es").requests(),
                        interpreter("Ana Morales").id()));
        as(
                COORDINATOR,
                () -> arrangements.markUnable(
                        group(id, "ACCOMMODATION:WHEELCHAIR").requests(), "The lift is out."));
        Mailbox.to(mail, "ana.morales@example.org", "You are booked", 1, Duration.ofSeconds(10));

        as(MEMBER, () -> attendance.rsvp(id, Response.NOT_ATTENDING, AccessNeeds.none()));
        assertThat(as(COORDINATOR, () -> desk.queue(true, 0, 500)))
                .as("nothing of hers is left to arrange, nor to show as settled")
                .noneMatch(m -> m.meeting().meetingId() == id);
        assertThat(Mailbox.to(mail, "ana.morales@example.org", "No longer needed", 1, Duration.ofSeconds(10)))
                .as("the interpreter booked for her is told")
                .hasSize(1);
        RsvpView declined = as(MEMBER, () -> attendance.myRsvp(id)).orElseThrow();
        assertThat(declined.needs().any()).isFalse();
        assertThat(declined.withdrawn())
                .as("offered again should she come after all")
                .isEqualTo(asked);

        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, declined.withdrawn()));
        MeetingRequests back = onDesk(id);
        assertThat(back.groups())
                .extracting(RequestGroup::key)
                .containsExactlyInAnyOrder("INTERPRETATION:es", "ACCOMMODATION:WHEELCHAIR", "CHILDCARE");
        assertThat(group(id, "INTERPRETATION:es").byStatus())
                .as("to be arranged afresh")
                .containsExactlyEntriesOf(Map.of(RequestStatus.OPEN, 1L));
        assertThat(as(MEMBER, () -> attendance.myRsvp(id))
                        .orElseThrow()
                        .withdrawn()
                        .any())
                .as("nothing more to offer once she has answered")
                .isFalse();
    }

    @Test
    void aMovedMeetingAsksTheInterpreterAgainButACorrectedTitleTellsNobody() throws Exception {
        long id = meeting("dac", "DAC desk moved", 24, false);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        as(
                COORDINATOR,
                () -> arrangements.assign(
                        group(id, "INTERPRETATION:es").requests(),
                        interpreter("Ana Morales").id()));
        as(
                COORDINATOR,
                () -> arrangements.confirm(group(id, "INTERPRETATION:es").requests()));
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        mail.purgeEmailFromAllMailboxes();

        var before = as("admin@example.org", () -> meetings.find(id).orElseThrow());
        var d = before.data();
        as(
                "admin@example.org",
                () -> planning.updateMeeting(
                        id,
                        before.version(),
                        new MeetingData(
                                d.bodyId(),
                                "DAC desk moved (agenda posted)",
                                d.startsAt(),
                                d.timeZone(),
                                d.durationMinutes(),
                                d.place(),
                                d.publicMeeting(),
                                d.descriptionHtml())));
        OutboxDrain.await(notifications, jdbc, Duration.ofSeconds(20));
        assertThat(mail.getReceivedMessages())
                .as("a corrected title is no news to anyone")
                .isEmpty();
        assertThat(group(id, "INTERPRETATION:es").byStatus()).containsEntry(RequestStatus.CONFIRMED, 1L);

        var renamed = as("admin@example.org", () -> meetings.find(id).orElseThrow());
        as(
                "admin@example.org",
                () -> planning.updateMeeting(
                        id,
                        renamed.version(),
                        renamed.data().startingAt(renamed.startsAtLocal().plusHours(1))));
        assertThat(group(id, "INTERPRETATION:es").byStatus())
                .as("asked again, so the desk shows it waiting")
                .containsEntry(RequestStatus.ASSIGNED, 1L);
        String asked =
                Mailbox.body(Mailbox.to(mail, "ana.morales@example.org", "Meeting changed", 1, Duration.ofSeconds(10))
                        .getFirst());
        assertThat(asked).contains("whether you can still do it").containsPattern("7:00.PM");
    }

    @Test
    void theVendorExportCountsPeopleWithoutNamingThem() {
        long id = meeting("dac", "DAC desk vendor", 20, true);
        as(MEMBER, () -> attendance.rsvp(id, Response.IN_PERSON, SPANISH));
        List<VendorRow> rows = as(COORDINATOR, () -> desk.vendorRows(true)).stream()
                .filter(r -> r.meeting().meetingId() == id)
                .toList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.languageTag()).isEqualTo("es");
            assertThat(r.people()).isEqualTo(1);
            assertThat(r.mode()).isEqualTo(InterpretationMode.IN_PERSON);
        });
        assertThat(Arrays.stream(VendorRow.class.getRecordComponents()).map(c -> c.getName()))
                .as("a vendor learns how many, never who")
                .doesNotContain("requesterName", "requesterEmail", "details");
        assertThat(as("admin@example.org", () -> audit.count("for a vendor")))
                .as("the export is audited")
                .isPositive();
    }
}
