package roundtable.committees;

import java.util.List;

/**
 * A body's roster as a spreadsheet (CSV): {@link RosterExport} writes these columns for the
 * chair's own records, and {@link RosterImport} reads them to fill seats from the district's
 * spreadsheets, so an exported file imports back unchanged.
 */
public final class RosterCsv {

    public static final List<String> COLUMNS = List.of(
            "name",
            "email",
            "phone",
            "language",
            "affiliation",
            "public_name",
            "seat",
            "position",
            "term_start",
            "term_end");

    private RosterCsv() {}
}
