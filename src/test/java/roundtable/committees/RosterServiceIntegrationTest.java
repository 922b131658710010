package roundtable.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.people.PersonData;
import roundtable.people.PersonService;

@IntegrationTest
class RosterServiceIntegrationTest {

    @Autowired
    RosterService roster;

    @Autowired
    CommitteeService committees;

    @Autowired
    PersonService people;

    @Autowired
    AuditService audit;

    LocalDate today = LocalDate.now(ZoneId.of("America/Denver"));

    long body(String slug) {
        return committees.findBySlug(slug).orElseThrow().id();
    }

    SeatGroupSummary group(String slug, String name) {
        return roster.overview(body(slug)).seatGroups().stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    static String field(Throwable e) {
        return ((RuleViolationException) e).field() + ":" + ((RuleViolationException) e).messageKey();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void fillingAPartnershipSeatLowersTheVacanciesAndIsAudited() {
        SeatGroupSummary partners = group("partnership-for-fiscal-sustainability", "Department leader");
        SeatGroupSummary sacStaff = group("partnership-for-fiscal-sustainability", "SAC staff representative");
        long before =
                roster.overview(body("partnership-for-fiscal-sustainability")).vacancies();
        assertThat(sacStaff.vacancies()).isEqualTo(1);
        assertThat(partners.vacancies()).isZero();

        long id = roster.fillSeat(
                body("partnership-for-fiscal-sustainability"),
                new SeatAssignment(
                        sacStaff.id(),
                        null,
                        PersonData.of("Noor Aziz", "noor.aziz@example.org", Language.ENGLISH),
                        Position.MEMBER,
                        today,
                        null));

        assertThat(roster.overview(body("partnership-for-fiscal-sustainability"))
                        .vacancies())
                .isEqualTo(before - 1);
        assertThat(audit.search("seat filled", 0, 50)).anySatisfy(r -> {
            assertThat(r.subjectId()).isEqualTo(id);
            assertThat(r.actor()).isEqualTo("admin@example.org");
            assertThat(r.after()).contains("MEMBER");
        });
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aFullSeatGroupRefusesAnotherMemberAndSavesNothing() {
        SeatGroupSummary dacMembers = group("partnership-for-fiscal-sustainability", "DAC member");
        long people0 = people.countAll();
        assertThatThrownBy(() -> roster.fillSeat(
                        body("partnership-for-fiscal-sustainability"),
                        new SeatAssignment(
                                dacMembers.id(),
                                null,
                                PersonData.of("Extra Person", "extra.person@example.org", Language.ENGLISH),
                                Position.MEMBER,
                                today,
                                null)))
                .satisfies(e -> assertThat(field(e)).isEqualTo("seatGroup:roster.error.seats-full"));
        assertThat(people.countAll()).as("the new person was not half-saved").isEqualTo(people0);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aTermCannotEndBeforeItStarts() {
        SeatGroupSummary parents = group("dac", "Parent representative");
        long someone = people.idOf("jordan.ellis@example.org").orElseThrow();
        assertThatThrownBy(() -> roster.fillSeat(
                        body("dac"),
                        new SeatAssignment(parents.id(), someone, null, Position.MEMBER, today, today.minusDays(1))))
                .satisfies(e -> assertThat(field(e)).isEqualTo("termEnd:roster.error.term-order"));
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aPersonCannotHoldOverlappingTermsOnOneBody() {
        SeatGroupSummary community = group("dac", "Community member");
        long robert = people.idOf("robert.nakamura@example.org").orElseThrow();
        assertThatThrownBy(() -> roster.fillSeat(
                        body("dac"), new SeatAssignment(community.id(), robert, null, Position.MEMBER, today, null)))
                .satisfies(e -> assertThat(field(e)).isEqualTo("person:roster.error.overlap"));
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aNewPersonWithAKnownAddressIsRefusedAtTheEmailField() {
        SeatGroupSummary parents = group("dac", "Parent representative");
        assertThatThrownBy(() -> roster.fillSeat(
                        body("dac"),
                        new SeatAssignment(
                                parents.id(),
                                null,
                                PersonData.of("Dana Again", "DAC.Chair@example.org", Language.ENGLISH),
                                Position.MEMBER,
                                today,
                                null)))
                .satisfies(e -> assertThat(field(e)).isEqualTo("email:validation.email-taken"));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void theLastChairCannotStepDownOrBeEnded() {
        RosterMember chair = roster.members(body("dac"), null, 0, 50).stream()
                .filter(m -> m.position() == Position.CHAIR)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() ->
                        roster.changePosition(body("dac"), chair.membershipId(), chair.version(), Position.MEMBER))
                .satisfies(e -> assertThat(field(e)).isEqualTo("position:roster.error.last-chair"));
        assertThatThrownBy(() -> roster.endTerm(body("dac"), chair.membershipId(), chair.version(), today, "moving"))
                .satisfies(e -> assertThat(field(e)).isEqualTo("position:roster.error.last-chair"));
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void chairEndsATermAndTheMemberLeavesTheCurrentRosterButNotTheHistory() {
        long dac = body("dac");
        RosterMember isabel = roster.members(dac, null, 0, 50).stream()
                .filter(m -> m.email() != null && m.email().equals("isabel.moreno@example.org"))
                .findFirst()
                .orElseThrow();
        long count = roster.countMembers(dac, null);
        roster.endTerm(dac, isabel.membershipId(), isabel.version(), today.minusDays(1), "Moved out of the district");
        assertThat(roster.countMembers(dac, null)).isEqualTo(count - 1);
        assertThat(roster.members(dac, null, 0, 50))
                .extracting(RosterMember::membershipId)
                .doesNotContain(isabel.membershipId());
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aStaleCopyOfAMembershipIsRefused() {
        long dac = body("dac");
        RosterMember aisha = roster.members(dac, null, 0, 50).stream()
                .filter(m -> "aisha.bello@example.org".equals(m.email()))
                .findFirst()
                .orElseThrow();
        roster.renewTerm(dac, aisha.membershipId(), aisha.version(), today.plusYears(2));
        assertThatThrownBy(() -> roster.changePosition(dac, aisha.membershipId(), aisha.version(), Position.ALTERNATE))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void dacChairCannotTouchFacsRoster() {
        long fac = body("fac");
        assertThatThrownBy(() -> roster.overview(fac)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.members(fac, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void termsEndingWithinSixtyDaysAreFlagged() {
        RosterMember daniel = roster.members(body("dac"), null, 0, 50).stream()
                .filter(m -> "daniel.reyes@example.org".equals(m.email()))
                .findFirst()
                .orElseThrow();
        assertThat(daniel.daysLeft()).isBetween(20, 30);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aSeatThatRequiresAnotherBodySaysWhenItsHolderIsNotOnIt() {
        long partnership = body("partnership-for-fiscal-sustainability");
        SeatGroupSummary facSeat = group("partnership-for-fiscal-sustainability", "FAC member");
        assertThat(facSeat.requiredBodyName()).isEqualTo("FAC");
        // Robert sits on FAC, so his FAC seat is in order.
        assertThat(roster.members(partnership, facSeat.id(), 0, 10))
                .singleElement()
                .satisfies(m -> assertThat(m.missingRequirement()).isNull());
        SeatGroupSummary jcea = group("partnership-for-fiscal-sustainability", "JCEA representative");
        assertThat(roster.members(partnership, jcea.id(), 0, 10))
                .singleElement()
                .satisfies(m -> assertThat(m.missingRequirement()).isNull());
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aHolderWhoIsNotOnTheRequiredBodyIsPointedOut() {
        long partnership = body("partnership-for-fiscal-sustainability");
        SeatGroupSummary sacParents = group("partnership-for-fiscal-sustainability", "SAC parent representative");
        assertThat(sacParents.requiredBodyName()).isEqualTo("SAC");
        long id = roster.fillSeat(
                partnership,
                new SeatAssignment(
                        sacParents.id(),
                        null,
                        PersonData.of("Lin Zhou", "lin.zhou@example.org", Language.ENGLISH),
                        Position.MEMBER,
                        today,
                        null));
        assertThat(roster.members(partnership, sacParents.id(), 0, 10))
                .filteredOn(m -> m.membershipId() == id)
                .singleElement()
                .satisfies(m -> assertThat(m.missingRequirement()).isEqualTo("SAC"));
    }
}
