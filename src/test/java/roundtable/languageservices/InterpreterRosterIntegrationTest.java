package roundtable.languageservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.IntegrationTest;
import roundtable.audit.AuditService;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;

/** The coordinator keeps the roster; nobody else can read it, because it holds people's contact details. */
@IntegrationTest
class InterpreterRosterIntegrationTest {

    @Autowired
    InterpreterRoster roster;

    @Autowired
    AuditService audit;

    static InterpreterData staff(String name, Set<String> languages, Set<WorkingMode> modes) {
        return new InterpreterData(
                name,
                languages,
                modes,
                "  " + name.replace(' ', '.').toLowerCase() + "@example.org ",
                "+1 555 0100",
                InterpreterKind.STAFF,
                "ignored for staff",
                null);
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void coordinatorAddsAnInterpreterWhoIsThenAvailableInTheirLanguageAndMode() {
        long id = roster.addInterpreter(staff("Rosa Available", Set.of("es", "ase"), Set.of(WorkingMode.IN_PERSON)));

        InterpreterSummary rosa = roster.interpreter(id);
        assertThat(rosa.languages()).containsExactly("es", "ase");
        assertThat(rosa.email()).isEqualTo("rosa.available@example.org");
        assertThat(rosa.vendorName()).as("staff have no vendor").isNull();
        assertThat(rosa.active()).isTrue();
        assertThat(roster.availableFor("ase", WorkingMode.IN_PERSON))
                .extracting(InterpreterSummary::id)
                .contains(id);
        assertThat(roster.availableFor("ase", WorkingMode.PHONE))
                .extracting(InterpreterSummary::id)
                .doesNotContain(id);
        assertThat(roster.availableFor("vi", WorkingMode.IN_PERSON))
                .extracting(InterpreterSummary::id)
                .doesNotContain(id);
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void anEditIsSavedAndAStaleCopyIsRefusedWithoutChangingAnything() {
        long id = roster.addInterpreter(staff("Minh Edit", Set.of("vi"), Set.of(WorkingMode.PHONE)));
        long version = roster.interpreter(id).version();
        roster.updateInterpreter(
                id,
                version,
                new InterpreterData(
                        "Minh Tran",
                        Set.of("vi", "zh"),
                        Set.of(WorkingMode.PHONE, WorkingMode.SIMULTANEOUS_ONLINE),
                        null,
                        null,
                        InterpreterKind.VENDOR,
                        "Lingua Partners",
                        "Evenings only"));

        InterpreterSummary edited = roster.interpreter(id);
        assertThat(edited.name()).isEqualTo("Minh Tran");
        assertThat(edited.vendorName()).isEqualTo("Lingua Partners");
        assertThat(edited.modes()).containsExactlyInAnyOrder(WorkingMode.PHONE, WorkingMode.SIMULTANEOUS_ONLINE);

        assertThatThrownBy(() -> roster.updateInterpreter(
                        id, version, staff("Stale Name", Set.of("vi"), Set.of(WorkingMode.PHONE))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> roster.deactivate(id, version)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(roster.interpreter(id).name()).isEqualTo("Minh Tran");
        assertThat(roster.interpreter(id).active()).isTrue();
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void eachRuleIsReportedAtItsFieldAndNothingIsSaved() {
        long before = roster.count(new RosterFilter(null, null, true));
        var modes = Set.of(WorkingMode.IN_PERSON);
        assertViolation(
                new InterpreterData(" ", Set.of("es"), modes, null, null, InterpreterKind.STAFF, null, null),
                "name",
                "validation.required");
        assertViolation(
                new InterpreterData(
                        "x".repeat(201), Set.of("es"), modes, null, null, InterpreterKind.STAFF, null, null),
                "name",
                "validation.too-long");
        assertViolation(
                new InterpreterData("No Language", Set.of(), modes, null, null, InterpreterKind.STAFF, null, null),
                "languages",
                "interpreters.error.languages");
        assertViolation(
                new InterpreterData("Klingon", Set.of("tlh"), modes, null, null, InterpreterKind.STAFF, null, null),
                "languages",
                "interpreters.error.unknown-language");
        assertViolation(
                new InterpreterData("No Mode", Set.of("es"), Set.of(), null, null, InterpreterKind.STAFF, null, null),
                "modes",
                "interpreters.error.modes");
        assertViolation(
                new InterpreterData(
                        "Bad Mail", Set.of("es"), modes, "not-an-address", null, InterpreterKind.STAFF, null, null),
                "email",
                "validation.email");
        assertViolation(
                new InterpreterData(
                        "Long Phone", Set.of("es"), modes, null, "1".repeat(41), InterpreterKind.STAFF, null, null),
                "phone",
                "validation.too-long");
        assertViolation(
                new InterpreterData("No Agency", Set.of("es"), modes, null, null, InterpreterKind.VENDOR, " ", null),
                "vendorName",
                "interpreters.error.vendor-name");
        assertViolation(
                new InterpreterData(
                        "Long Notes", Set.of("es"), modes, null, null, InterpreterKind.STAFF, null, "n".repeat(1001)),
                "notes",
                "validation.too-long");
        assertThat(roster.count(new RosterFilter(null, null, true))).isEqualTo(before);
    }

    /**
     * A name that reads backwards (right-to-left override), a line break that splits an email header, a bell:
     * refused at their field like on every other form, and an address the mail server would refuse is
     * refused here as it is for guests, not after eight failed deliveries.
     */
    @Test
    @WithUserDetails("language.services@example.org")
    void hiddenCharactersAndAddressesTheMailServerRefusesAreRefusedAtTheirField() {
        long before = roster.count(new RosterFilter(null, null, true));
        var modes = Set.of(WorkingMode.IN_PERSON);
        for (String name :
                new String[] {"Ana \u202eziuR", "Ana\r\nBcc: x@example.org", "Ana\u0007", "\u2066Ana\u2069"}) {
            assertViolation(
                    new InterpreterData(name, Set.of("es"), modes, null, null, InterpreterKind.STAFF, null, null),
                    "name",
                    PlainText.MESSAGE_KEY);
        }
        assertViolation(
                new InterpreterData(
                        "Phone", Set.of("es"), modes, null, "555\u202e0100", InterpreterKind.STAFF, null, null),
                "phone",
                PlainText.MESSAGE_KEY);
        assertViolation(
                new InterpreterData(
                        "Agency", Set.of("es"), modes, null, null, InterpreterKind.VENDOR, "Lingua\u0000", null),
                "vendorName",
                PlainText.MESSAGE_KEY);
        assertViolation(
                new InterpreterData(
                        "Notes", Set.of("es"), modes, null, null, InterpreterKind.STAFF, null, "Evenings\u202e only"),
                "notes",
                PlainText.MESSAGE_KEY);
        for (String email : new String[] {
            "ana..ruiz@example.org",
            "ana@exa:mple.org",
            "ana\u200b@example.org",
            "ana\u202e@example.org",
            "ana@example.org\r\nBcc: x@example.org"
        }) {
            assertViolation(
                    new InterpreterData("Mail", Set.of("es"), modes, email, null, InterpreterKind.STAFF, null, null),
                    "email",
                    "validation.email");
        }
        assertThat(roster.count(new RosterFilter(null, null, true))).isEqualTo(before);

        long kept = roster.addInterpreter(new InterpreterData(
                "Nguyễn Thị Minh",
                Set.of("vi"),
                modes,
                "",
                "  ",
                InterpreterKind.STAFF,
                null,
                "Two lines:\nevenings\tonly"));
        assertThat(roster.interpreter(kept).email())
                .as("an empty address is no address")
                .isNull();
        assertThat(roster.interpreter(kept).notes()).isEqualTo("Two lines:\nevenings\tonly");
    }

    private void assertViolation(InterpreterData data, String field, String key) {
        assertThatThrownBy(() -> roster.addInterpreter(data))
                .isInstanceOfSatisfying(RuleViolationException.class, v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.messageKey()).isEqualTo(key);
                });
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void theRosterFiltersByWholeLanguageTagAndModeAndHidesTheInactiveUnlessAsked() {
        long spanish = roster.addInterpreter(staff("Filter Spanish", Set.of("es"), Set.of(WorkingMode.PHONE)));
        long asl = roster.addInterpreter(staff("Filter Asl", Set.of("ase"), Set.of(WorkingMode.IN_PERSON)));
        long gone = roster.addInterpreter(staff("Filter Gone", Set.of("es"), Set.of(WorkingMode.PHONE)));
        roster.deactivate(gone, roster.interpreter(gone).version());

        var spanishByPhone = new RosterFilter("es", WorkingMode.PHONE, false);
        assertThat(roster.roster(spanishByPhone, 0, 500))
                .extracting(InterpreterSummary::id)
                .contains(spanish)
                .doesNotContain(asl, gone);
        assertThat(roster.count(spanishByPhone))
                .isEqualTo(roster.roster(spanishByPhone, 0, 500).size());
        assertThat(roster.roster(new RosterFilter("es", null, false), 0, 500))
                .extracting(InterpreterSummary::id)
                .as("'es' must not match the 'es' inside 'ase'")
                .doesNotContain(asl);
        assertThat(roster.roster(new RosterFilter(null, WorkingMode.IN_PERSON, false), 0, 500))
                .extracting(InterpreterSummary::id)
                .contains(asl)
                .doesNotContain(spanish);
        assertThat(roster.roster(new RosterFilter("es", WorkingMode.PHONE, true), 0, 500))
                .extracting(InterpreterSummary::id)
                .contains(spanish, gone);

        roster.reactivate(gone, roster.interpreter(gone).version());
        assertThat(roster.availableFor("es", WorkingMode.PHONE))
                .extracting(InterpreterSummary::id)
                .contains(gone);
    }

    @Test
    @WithUserDetails("dac.chair@example.org")
    void aChairCannotReadOrChangeTheRoster() {
        assertThatThrownBy(() -> roster.roster(RosterFilter.active(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.addInterpreter(staff("Chair Pick", Set.of("es"), Set.of(WorkingMode.PHONE))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dac.member@example.org")
    void aMemberCannotReadTheContactDetails() {
        assertThatThrownBy(() -> roster.availableFor("es", WorkingMode.IN_PERSON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.count(RosterFilter.active())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void changesAreInTheAuditTrailWithoutContactDetails() {
        long id = roster.addInterpreter(staff("Audit Amina", Set.of("so"), Set.of(WorkingMode.IN_PERSON)));
        roster.deactivate(id, roster.interpreter(id).version());

        var entries = audit.search("audit amina", 0, 10);
        assertThat(entries)
                .extracting(e -> e.summary())
                .contains("Interpreter added: Audit Amina", "Interpreter deactivated: Audit Amina");
        assertThat(entries.toString()).doesNotContain("audit.amina@example.org");
    }
}
