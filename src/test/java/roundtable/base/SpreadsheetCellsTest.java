package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a spreadsheet would run from a CSV cell, and what it would show as it is. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+1",
                "-2",
                "@SUM(A1)",
                "\t=1",
                "\r=1",
                "\n=1",
                " =1+1",
                "  +cmd",
                "\u00a0=1+1",
                "\u3000@SUM(A1)",
                "\uFF1D1+1",
                "\uFF0B1",
                "\uFF0D1",
                "\uFF20SUM(A1)",
                "\tplain"
            })
    void aCellASpreadsheetWouldEvaluateIsQuotedAndKeepsItsText(String cell) {
        assertThat(SpreadsheetCells.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana", " Ana", "<script>alert(1)</script>", "'=1", "a=b", "3-2", "user@example.org"})
    void anyOtherCellIsLeftAsTyped(String cell) {
        assertThat(SpreadsheetCells.safe(cell)).isEqualTo(cell);
    }
}
