package roundtable.base;

/** Cells of the CSV files people open in a spreadsheet. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** A leading = + - @ (or tab/return) makes spreadsheets evaluate a cell; a quote mark keeps it text. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
