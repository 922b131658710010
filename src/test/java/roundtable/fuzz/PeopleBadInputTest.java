package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.base.i18n.Language;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;
import roundtable.people.ProfileData;
import roundtable.people.ProfileService;

/** Adding a person (administrators) and keeping one's own profile, with whatever is typed. */
@IntegrationTest
class PeopleBadInputTest extends BadInputSupport {

    private static final String[] TABLES = {"person", "audit_event"};
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    PersonService people;

    @Autowired
    PersonEditor personEditor;

    @Autowired
    ProfileService profiles;

    @Test
    void anAdministratorAddsAPersonOrIsToldWhatToFix() {
        Fuzz.check(150, t -> {
            String name = t.draw("name", NastyInput.field());
            String email = t.draw("email", NastyInput.email());
            String phone = t.draw("phone", NastyInput.field());
            String pronouns = t.draw("pronouns", NastyInput.field());
            String affiliation = t.draw("affiliation", NastyInput.field());
            // A fresh address each time, so "already in Roundtable" never hides what the input itself does.
            String address = email.contains("@") ? SERIAL.incrementAndGet() + email : email;
            PersonData data = new PersonData(name, address, phone, Language.ENGLISH, pronouns, affiliation, true, null);
            Refusals.attempt(
                            jdbc,
                            TABLES,
                            () -> RunAs.as(users, "admin@example.org", () -> personEditor.registerPerson(data)))
                    .ifPresent(id -> {
                        Map<String, Object> row = jdbc.queryForMap(
                                "select full_name, email, phone, pronouns, affiliation from person where id = ?", id);
                        assertThat(row.get("full_name")).isEqualTo(name.strip());
                        assertThat(row.get("email")).isEqualTo(address.strip().toLowerCase(Locale.ROOT));
                        assertThat(row.get("phone")).isEqualTo(Refusals.stored(phone));
                        assertThat(row.get("pronouns")).isEqualTo(Refusals.stored(pronouns));
                        assertThat(row.get("affiliation")).isEqualTo(Refusals.stored(affiliation));
                        // Kept out of the other tests' directories, which share this database.
                        jdbc.update("delete from person where id = ?", id);
                    });
        });
    }

    @Test
    void aMemberKeepsTheirProfileOrIsToldWhatToFix() {
        var original = RunAs.as(users, "dac.member@example.org", () -> profiles.myProfile());
        Fuzz.check(120, t -> {
            // A profile's phone must look like one, so most tries get a real number and the rest the worst.
            String phone = t.draw(
                    "phone",
                    Gen.weighted(3, Gen.of("303-555-0100", "+1 (720) 555-0199 x 12", ""), 2, NastyInput.text()));
            String pronouns = t.draw("pronouns", NastyInput.field());
            String needs = t.draw("needs", NastyInput.field());
            RunAs.as(users, "dac.member@example.org", () -> {
                var mine = profiles.myProfile();
                ProfileData data =
                        mine.profile().withPhone(phone).withPronouns(pronouns).withAccessibilityNeeds(needs);
                var saved = Refusals.attempt(jdbc, new String[0], () -> profiles.updateMyProfile(data, mine.version()));
                if (saved.isPresent()) {
                    assertThat(saved.get().profile().phone()).isEqualTo(Refusals.stored(phone));
                    assertThat(saved.get().profile().pronouns()).isEqualTo(Refusals.stored(pronouns));
                    assertThat(saved.get().profile().accessibilityNeeds()).isEqualTo(Refusals.stored(needs));
                } else {
                    assertThat(profiles.myProfile())
                            .as("a refused profile is left as it was")
                            .isEqualTo(mine);
                }
            });
        });
        // The demo member is every test's: put their profile back.
        RunAs.as(
                users,
                "dac.member@example.org",
                () -> profiles.updateMyProfile(
                        original.profile(), profiles.myProfile().version()));
    }
}
