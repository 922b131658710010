package roundtable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import roundtable.IntegrationTest;
import roundtable.RunAs;
import roundtable.base.html.RichText;
import roundtable.committees.BodyKind;
import roundtable.committees.NewBody;
import roundtable.committees.SeatGroupData;

/** An administrator's new body and its seat groups, with whatever is typed. */
@IntegrationTest
class CommitteesBadInputTest extends BadInputSupport {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    static final Gen<List<String>> LANGUAGES = Gen.oneOf(
            Gen.of(List.of(), List.of("es"), List.of("es", "ase"), List.of("vi", "zh", "ar")),
            NastyInput.text().list(2));

    @Test
    void aNewBodyIsSavedAsTypedOrRefusedWithAReason() {
        Fuzz.check(120, t -> {
            String name = t.draw("name", NastyInput.field());
            String acronym = t.draw("acronym", NastyInput.field());
            String slug = t.draw("slug", Gen.weighted(1, NastyInput.text(), 1, Gen.of("fuzz-")));
            String description = t.draw("description", NastyInput.field());
            Integer quorum = t.draw("quorum", NastyInput.count().orNull(0.5));
            List<String> languages = t.draw("languages", LANGUAGES);
            // Half the slugs well formed and new, so the other fields get their turn.
            String theSlug = slug.equals("fuzz-") ? "fuzz-" + SERIAL.incrementAndGet() : slug;
            NewBody data =
                    new NewBody(name, acronym, theSlug, BodyKind.values()[0], description, true, quorum, languages);
            RunAs.as(
                    users,
                    "admin@example.org",
                    () -> Refusals.attempt(jdbc, new String[] {"body"}, () -> bodyEditor.createBody(data))
                            .ifPresent(id -> {
                                var saved = committees.find(id).orElseThrow();
                                assertThat(saved.name()).isEqualTo(name.strip());
                                assertThat(saved.acronym()).isEqualTo(Refusals.stored(acronym));
                                assertThat(saved.slug()).isEqualTo(theSlug);
                                assertThat(saved.descriptionHtml()).isEqualTo(RichText.sanitise(description));
                                assertThat(saved.languagesOffered()).isEqualTo(languages);
                                // Kept out of the other tests' lists of bodies, which share this database.
                                jdbc.update("delete from audit_event where body_id = ?", id);
                                jdbc.update("delete from body where id = ?", id);
                            }));
        });
    }

    @Test
    void aSeatGroupIsSavedAsTypedOrRefusedWithAReason() {
        Fuzz.check(100, t -> {
            String name = t.draw("name", NastyInput.text());
            int seats = t.draw("seats", Gen.oneOf(Gen.of(5), NastyInput.count()));
            Integer months = t.draw("months", NastyInput.count().orNull(0.3));
            RunAs.as(users, "admin@example.org", () -> {
                long bodyId = committees.findBySlug("dac").orElseThrow().id();
                Refusals.attempt(
                                jdbc,
                                new String[] {"seat_group"},
                                () -> bodyEditor.addSeatGroup(
                                        bodyId, new SeatGroupData(name, seats, true, months, null)))
                        .ifPresent(id -> {
                            assertThat(jdbc.queryForObject(
                                            "select name from seat_group where id = ?", String.class, id))
                                    .isEqualTo(name.strip());
                            // DAC's roster is the other tests' too.
                            jdbc.update("delete from seat_group where id = ?", id);
                        });
            });
        });
    }
}
