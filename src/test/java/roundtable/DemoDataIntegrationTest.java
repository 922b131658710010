package roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.test.context.support.WithUserDetails;
import roundtable.base.security.Role;
import roundtable.committees.CommitteeService;
import roundtable.languageservices.InterpreterRoster;
import roundtable.languageservices.WorkingMode;
import roundtable.meetings.MeetingService;
import roundtable.minutes.MinutesArchive;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;

@IntegrationTest
class DemoDataIntegrationTest {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesArchive minutes;

    @Autowired
    PersonService people;

    @Autowired
    PersonEditor personEditor;

    @Autowired
    InterpreterRoster interpreters;

    @Autowired
    @Qualifier("demoData")
    ApplicationRunner demoData;

    @Test
    void everyBodyFromTheDistrictsPagesIsThere() {
        assertThat(committees.activeBodies())
                .extracting(b -> b.slug())
                .contains(
                        "dac",
                        "fac",
                        "caac",
                        "tdpac",
                        "jcea",
                        "jespa",
                        "jcaa",
                        "sac-representatives",
                        "partnership-for-fiscal-sustainability",
                        "jeffco-alliance");
    }

    @Test
    void thereAreUpcomingPublicMeetingsAndPublishedMinutes() {
        assertThat(meetings.countUpcomingPublic()).isGreaterThanOrEqualTo(5);
        assertThat(minutes.countPublished()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails("language.services@example.org")
    void theCoordinatorHasInterpretersToAssignForSpanishAndAsl() {
        assertThat(interpreters.availableFor("es", WorkingMode.IN_PERSON))
                .extracting(i -> i.name())
                .contains("Ana Morales");
        assertThat(interpreters.availableFor("ase", WorkingMode.SIMULTANEOUS_ONLINE))
                .extracting(i -> i.name())
                .contains("Jordan Blake");
    }

    @Test
    @WithUserDetails("admin@example.org")
    void aPasswordIsTakenAsEncodedOnlyWhenItIsABcryptHashAsStored() {
        long priya = people.idOf("priya.raman@example.org").orElseThrow();
        Assertions.assertThatThrownBy(
                        () -> personEditor.allowSignInEncoded(priya, Set.of(Role.MEMBER), "Roundtable-demo-2026"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        long before = people.countAll();
        int bodies = committees.activeBodies().size();
        demoData.run(new DefaultApplicationArguments());
        assertThat(people.countAll()).isEqualTo(before);
        assertThat(committees.activeBodies()).hasSize(bodies);
    }
}
