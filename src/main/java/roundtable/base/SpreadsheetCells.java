package roundtable.base;

/** Cells of the CSV files people open in a spreadsheet. */
public final class SpreadsheetCells {

    /** What makes a spreadsheet evaluate a cell, with the full-width forms some spreadsheets take for them. */
    private static final String FORMULA_START = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCells() {}

    /**
     * A cell a spreadsheet could evaluate gets a leading quote mark, which keeps it text: one that
     * starts with a tab or a line break, or with = + - @ even after spaces, which spreadsheets skip
     * before deciding what a cell is.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char head = value.charAt(0);
        if (head == '\t' || head == '\r' || head == '\n') {
            return "'" + value;
        }
        int first = 0;
        while (first < value.length()
                && (Character.isWhitespace(value.charAt(first)) || Character.isSpaceChar(value.charAt(first)))) {
            first++;
        }
        return first < value.length() && FORMULA_START.indexOf(value.charAt(first)) >= 0 ? "'" + value : value;
    }
}
