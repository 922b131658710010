package roundtable.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

    @Test
    void aCorrectedCountShowsOnlyTheWordsThatChanged() {
        List<VersionChanges.Change> changes = VersionChanges.between(
                "Budget priorities\nMotion carried 9 to 3.\nTwo parents spoke.",
                "Budget priorities\nMotion carried 10 to 2.\nTwo parents spoke.");

        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().removedHtml())
                .contains("<del>9</del>")
                .contains("<del>3</del>")
                .startsWith("Motion carried");
        assertThat(changes.getFirst().addedHtml()).contains("<ins>10</ins>").contains("<ins>2</ins>");
    }

    @Test
    void addedAndRemovedPassagesStandAlone() {
        List<VersionChanges.Change> changes = VersionChanges.between("One\nTwo", "One\nThree\nTwo\nFour");

        assertThat(changes).extracting(VersionChanges.Change::addedHtml).allMatch(s -> s.contains("<ins>"));
        assertThat(changes).extracting(VersionChanges.Change::removedHtml).containsOnly("");
        assertThat(VersionChanges.between("Same\n\n  text ", "Same\ntext")).isEmpty();
    }

    @Test
    void textIsEscapedBeforeItIsMarked() {
        List<VersionChanges.Change> changes = VersionChanges.between("a", "<script>alert(1)</script>");

        assertThat(changes.getFirst().addedHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
