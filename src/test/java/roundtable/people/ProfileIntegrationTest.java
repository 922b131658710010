package roundtable.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.base.i18n.Language;
import roundtable.base.security.Role;
import roundtable.committees.CommitteeService;
import roundtable.committees.Roster;
import roundtable.committees.RosterReader;
import roundtable.committees.RosterSeat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People's own profiles and personal data. The demo accounts are shared by every test in
 * the context, so each test puts back what it changed; anonymising uses people no other
 * test relies on.
 */
@IntegrationTest
class ProfileIntegrationTest {

    @Autowired
    PersonService people;

    @Autowired
    PersonEditor personEditor;

    @Autowired
    ProfileService profiles;

    @Autowired
    CommitteeService committees;

    @Autowired
    RosterReader rosters;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JsonMapper json;

    /** Runs a change to the signed-in person's profile, then puts the profile back as it was. */
    private void changingMyProfile(ThrowingConsumer<MyProfile> change) throws Exception {
        MyProfile before = profiles.myProfile();
        try {
            change.accept(before);
        } finally {
            profiles.updateMyProfile(before.profile(), profiles.myProfile().version());
        }
    }

    interface ThrowingConsumer<T> {
        void accept(T value) throws Exception;
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aMemberUpdatesTheirOwnProfile() throws Exception {
        changingMyProfile(before -> {
            ProfileData wanted = before.profile()
                    .withPhone(" 303-555-0199 x 12 ")
                    .withPronouns("she/her")
                    .withAccessibilityNeeds("Large-print agendas")
                    .withDigest(true);

            MyProfile saved = profiles.updateMyProfile(wanted, before.version());

            assertThat(saved.version()).isGreaterThan(before.version());
            ProfileData stored = profiles.myProfile().profile();
            assertThat(stored.phone()).isEqualTo("303-555-0199 x 12");
            assertThat(stored.pronouns()).isEqualTo("she/her");
            assertThat(stored.accessibilityNeeds()).isEqualTo("Large-print agendas");
            assertThat(stored.notifyDigest()).isTrue();
            assertThat(stored.notifyMeetings()).isTrue();
            assertThat(profiles.myProfile().fullName()).isEqualTo("Dana Whitfield");
        });
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aStaleVersionIsRefusedAndTheNewerEditStays() throws Exception {
        changingMyProfile(before -> {
            profiles.updateMyProfile(before.profile().withPronouns("she/they"), before.version());

            assertThatThrownBy(() -> profiles.updateMyProfile(before.profile().withPronouns("stale"), before.version()))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(profiles.myProfile().profile().pronouns()).isEqualTo("she/they");
        });
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void invalidInputIsRefusedAndNothingIsSaved() {
        MyProfile before = profiles.myProfile();
        ProfileData valid = before.profile();

        for (ProfileData invalid : List.of(
                valid.withPhone("1".repeat(PersonLimits.PHONE + 1)),
                valid.withPhone("call me after six"),
                valid.withPronouns("x".repeat(PersonLimits.PRONOUNS + 1)),
                valid.withAccessibilityNeeds("x".repeat(PersonLimits.NEEDS + 1)),
                valid.withLanguage(null))) {
            assertThatThrownBy(() -> profiles.updateMyProfile(invalid, before.version()))
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(profiles.myProfile()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void theExportHoldsTheirMembershipsAndAccessibilityNeeds() throws Exception {
        changingMyProfile(before -> {
            profiles.updateMyProfile(
                    before.profile().withAccessibilityNeeds("Step-free access, please"), before.version());

            JsonNode export = json.readTree(profiles.exportMyData());

            assertThat(export.get("exportedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(export.get("profile").get("email").asString()).isEqualTo("dac.member@example.org");
            assertThat(export.get("profile").get("accessibilityNeeds").asString())
                    .isEqualTo("Step-free access, please");
            assertThat(export.get("profile").get("preferredLanguage").asString())
                    .isEqualTo("es");
            assertThat(export.get("signIn").get("roles").toString()).contains("MEMBER");
            assertThat(export.get("signIn").get("hasPassword").asBoolean()).isTrue();
            assertThat(export.get("memberships").findValuesAsString("body"))
                    .contains("District Accountability Committee", "Partnership for Fiscal Sustainability");
            assertThat(export.get("memberships").get(0).get("termStart").asString())
                    .matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(export.toString()).doesNotContain("$2a$", "bcrypt");
        });
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void aMemberCannotAnonymiseAnyone() {
        long someone = people.idOf("jordan.ellis@example.org").orElseThrow();
        assertThatThrownBy(() -> personEditor.anonymisePerson(someone)).isInstanceOf(AccessDeniedException.class);
        assertThat(people.recipient("jordan.ellis@example.org")).isPresent();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorAnonymisesSomeoneWhoThenCannotSignInButTheirSeatStaysAsAFormerMember() {
        long ruth = people.idOf("ruth.goldberg@example.org").orElseThrow();
        personEditor.allowSignIn(ruth, Set.of(Role.MEMBER), "Ruth-2026-password");
        assertThat(accounts.loadUserByUsername("ruth.goldberg@example.org")).isNotNull();
        long fac = committees.findBySlug("fac").orElseThrow().id();
        int seatedBefore = seats(rosters.memberRoster(fac)).size();

        personEditor.anonymisePerson(ruth);

        assertThatThrownBy(() -> accounts.loadUserByUsername("ruth.goldberg@example.org"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> accounts.loadUserByUsername("anonymised-" + ruth + "@invalid"))
                .isInstanceOf(UsernameNotFoundException.class);
        List<RosterSeat> seats = seats(rosters.memberRoster(fac));
        assertThat(seats).hasSize(seatedBefore);
        assertThat(seats).extracting(RosterSeat::name).doesNotContain("Ruth Goldberg", PersonLimits.ANONYMISED_NAME);
        assertThat(seats).filteredOn(RosterSeat::formerMember).singleElement().satisfies(seat -> {
            assertThat(seat.name()).isNull();
            assertThat(seat.email()).isNull();
            assertThat(seat.affiliation()).isNull();
        });
        assertThat(seats(rosters.publicRoster(fac).orElseThrow()))
                .filteredOn(RosterSeat::formerMember)
                .hasSize(1);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAnonymisedPersonsDataIsGoneEvenForAdministratorsAndMail() {
        String email = "leaving.parent." + System.nanoTime() + "@example.org";
        long id = personEditor.registerPerson(PersonData.of("Leaving Parent", email, Language.SPANISH)
                .withPhone("303-555-0188")
                .withPronouns("he/him")
                .withAffiliation("Parent, Lakewood High")
                .withPublicConsent(true));

        personEditor.anonymisePerson(id);
        personEditor.anonymisePerson(id);

        assertThat(people.recipient(email)).isEmpty();
        assertThat(people.recipient("anonymised-" + id + "@invalid")).isEmpty();
        PersonSummary left = people.contacts(List.of(id)).get(id);
        assertThat(left.anonymised()).isTrue();
        assertThat(left.fullName()).isEqualTo(PersonLimits.ANONYMISED_NAME);
        assertThat(left.email()).isEqualTo("anonymised-" + id + "@invalid");
        assertThat(left.phone()).isNull();
        assertThat(left.pronouns()).isNull();
        assertThat(left.affiliation()).isNull();
        assertThat(left.canSignIn()).isFalse();
        assertThat(left.roles()).isEmpty();
        assertThat(people.publicNames(List.of(id)).get(id).consented()).isFalse();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdministratorCannotAnonymiseThemselves() {
        long me = people.idOf("admin@example.org").orElseThrow();
        assertThatThrownBy(() -> personEditor.anonymisePerson(me)).isInstanceOf(IllegalArgumentException.class);
        assertThat(people.recipient("admin@example.org")).isPresent();
    }

    private static List<RosterSeat> seats(Roster roster) {
        return roster.constituencies().stream()
                .filter(c -> c.name().equals("Community member with financial expertise"))
                .flatMap(c -> c.members().stream())
                .toList();
    }
}
