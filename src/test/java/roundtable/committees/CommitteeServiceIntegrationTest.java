package roundtable.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.Language;
import roundtable.languageservices.LanguageNeedsService;
import roundtable.people.PersonService;

@IntegrationTest
class CommitteeServiceIntegrationTest {

    @Autowired
    CommitteeService committees;

    @Autowired
    BodyEditor bodyEditor;

    @Autowired
    LanguageNeedsService languageNeeds;

    @Autowired
    RosterReader rosters;

    @Autowired
    PersonService people;

    long bodyId(String slug) {
        return committees.findBySlug(slug).orElseThrow().id();
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void chairCannotChangeAnotherCommitteesRoster() {
        long fac = bodyId("fac");
        long someone = people.idOf("aisha.bello@example.org").orElseThrow();
        assertThatThrownBy(() -> bodyEditor.appoint(
                        fac, new Appointment(null, someone, Position.MEMBER, LocalDate.of(2026, 1, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void chairCannotRewriteAnotherCommitteesDescription() {
        BodySummary fac = committees.findBySlug("fac").orElseThrow();
        assertThatThrownBy(() -> bodyEditor.describeBody(fac.id(), fac.version(), "<p>taken over</p>"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void memberCannotRewriteTheirOwnCommitteesDescription() {
        BodySummary dac = committees.findBySlug("dac").orElseThrow();
        assertThatThrownBy(() -> bodyEditor.describeBody(dac.id(), dac.version(), "<p>mine</p>"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void chairRewritesTheDescriptionSanitisedAndAStaleCopyIsRefused() {
        BodySummary dac = committees.findBySlug("dac").orElseThrow();
        BodySummary saved = bodyEditor.describeBody(
                dac.id(), dac.version(), "<p>Open to all <script>alert(1)</script><strong>families</strong></p>");
        assertThat(saved.descriptionHtml())
                .contains("<strong>families</strong>")
                .doesNotContain("script");
        assertThat(saved.version()).isGreaterThan(dac.version());

        assertThatThrownBy(() -> bodyEditor.describeBody(dac.id(), dac.version(), "<p>stale</p>"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(committees.findBySlug("dac").orElseThrow().descriptionHtml()).contains("families");
    }

    @Test
    @WithAnonymousUser
    void publicRosterShowsSeatsAndRolesButNamesOnlyWithConsent() {
        Roster roster = rosters.publicRoster(bodyId("dac")).orElseThrow();
        var parents = roster.constituencies().getFirst();
        assertThat(parents.name()).isEqualTo("Parent representative");
        assertThat(parents.seats()).isEqualTo(9);
        assertThat(parents.members())
                .extracting(RosterSeat::name)
                .contains("Dana Whitfield")
                .containsNull()
                .doesNotContain("José Luis Martínez", "Guadalupe Torres");
        assertThat(parents.members()).allSatisfy(seat -> {
            assertThat(seat.email()).isNull();
            assertThat(seat.phone()).isNull();
        });
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsCannotReadContactDetails() {
        assertThatThrownBy(() -> rosters.memberRoster(bodyId("dac"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void membersSeeFellowMembersContactsOnlyOnTheirOwnBodies() {
        Roster dac = rosters.memberRoster(bodyId("dac"));
        assertThat(dac.constituencies().getFirst().members())
                .extracting(RosterSeat::email)
                .contains("dac.chair@example.org");
        assertThatThrownBy(() -> rosters.memberRoster(bodyId("fac"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void myBodiesSaysWhatTheChairMayDo() {
        var dac = committees.myBodies().stream()
                .filter(b -> b.body().slug().equals("dac"))
                .findFirst()
                .orElseThrow();
        assertThat(dac.position()).isEqualTo(Position.CHAIR);
        assertThat(dac.canManage()).isTrue();
        var partnership = committees.myBodies().stream()
                .filter(b -> b.body().slug().equals("partnership-for-fiscal-sustainability"))
                .findFirst()
                .orElseThrow();
        assertThat(partnership.canManage()).isFalse();
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void coordinatorSeesLanguageNeedsPerBody() {
        var dac = languageNeeds.languageNeeds().stream()
                .filter(n -> n.body().slug().equals("dac"))
                .findFirst()
                .orElseThrow();
        assertThat(dac.byLanguage().get(Language.SPANISH)).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void chairIsNotACoordinator() {
        assertThatThrownBy(() -> languageNeeds.languageNeeds()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void seatsCannotShrinkBelowThePeopleHoldingThem() {
        long jcaa = bodyId("jcaa");
        Roster roster = rosters.memberRoster(jcaa);
        var group = roster.constituencies().getFirst();
        assertThat(group.members()).hasSize(2);
        var summary = roundtableGroup(jcaa);
        assertThatThrownBy(() -> bodyEditor.redefineSeatGroup(
                        jcaa, summary.id(), summary.version(), new SeatGroupData("Executive board", 1, true, 24, null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("seatCount"));
        bodyEditor.redefineSeatGroup(
                jcaa, summary.id(), summary.version(), new SeatGroupData("Executive board", 2, true, 24, null));
        assertThat(rosters.memberRoster(jcaa).constituencies().getFirst().vacancies())
                .isZero();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void twoBodiesCannotShareAnAddress() {
        assertThatThrownBy(() -> bodyEditor.createBody(new NewBody(
                        "Another DAC", null, "dac", BodyKind.ADVISORY_COMMITTEE, "", true, null, List.of())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("slug"));
    }

    @Autowired
    RosterService rosterService;

    private SeatGroupSummary roundtableGroup(long bodyId) {
        return rosterService.overview(bodyId).seatGroups().getFirst();
    }
}
