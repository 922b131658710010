package roundtable.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    @Test
    void aSecretaryMayWriteANameInFullByFamilyNameOrWithATitle() {
        for (String typed : new String[] {
            "José Luis Martínez", "Martínez", "martinez", "Ms. Martínez", "Sr. Martinez", "Jose Luis", "MARTÍNEZ"
        }) {
            assertThat(NameMatcher.refersTo(typed, "José Luis Martínez"))
                    .as(typed)
                    .isTrue();
        }
        for (String typed : new String[] {"Lee", "Martínez-Lee", "the chair", "", "Ms."}) {
            assertThat(NameMatcher.refersTo(typed, "José Luis Martínez"))
                    .as(typed)
                    .isFalse();
        }
    }

    @Test
    void runningTextMentionsAPersonByFullOrFamilyNameAsAWordOfItsOwn() {
        assertThat(NameMatcher.mentions("Thanks to Sra. Martinez for the survey.", "José Luis Martínez"))
                .isTrue();
        assertThat(NameMatcher.mentions("José Luis Martínez presented.", "José Luis Martínez"))
                .isTrue();
        assertThat(NameMatcher.mentions("Two residents spoke.", "Walk-in Resident"))
                .isFalse();
        assertThat(NameMatcher.mentions("Ana spoke about Leeds.", "Marcus Lee")).isFalse();
        assertThat(NameMatcher.mentions(null, "Marcus Lee")).isFalse();
    }
}
