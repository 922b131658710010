package roundtable.minutes.ui;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two published versions, passage by passage, from their plain text: the
 * words taken out are wrapped in {@code <del>} and those put in in {@code <ins>}, so the change is
 * marked by more than colour. The text is escaped before it is marked.
 */
final class VersionChanges {

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .ignoreWhiteSpaces(true)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    /** One changed passage: {@code removed} is empty for an added passage, {@code added} for a removed one. */
    record Change(String removedHtml, String addedHtml) {}

    private VersionChanges() {}

    static List<Change> between(String olderPlainText, String newerPlainText) {
        return GENERATOR.generateDiffRows(passages(olderPlainText), passages(newerPlainText)).stream()
                .filter(row -> row.getTag() != DiffRow.Tag.EQUAL)
                .map(row -> new Change(
                        row.getTag() == DiffRow.Tag.INSERT ? "" : row.getOldLine(),
                        row.getTag() == DiffRow.Tag.DELETE ? "" : row.getNewLine()))
                .toList();
    }

    private static List<String> passages(String plainText) {
        return plainText == null
                ? List.of()
                : Arrays.stream(plainText.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
