package roundtable.committees;

import java.io.Serializable;
import java.util.List;

/** What an upload would do, row by row. Nothing is saved until the rows are confirmed. */
public record ImportPreview(long bodyId, List<ImportRow> rows) implements Serializable {

    public long importable() {
        return rows.stream().filter(ImportRow::importable).count();
    }

    public long unchanged() {
        return rows.stream()
                .filter(r -> r.outcome() == ImportRow.Outcome.UNCHANGED)
                .count();
    }

    public long invalid() {
        return rows.stream()
                .filter(r -> r.outcome() == ImportRow.Outcome.INVALID)
                .count();
    }
}
