package roundtable.committees;

/** What confirming an import did: rows saved, and rows that had become invalid since the preview. */
public record ImportResult(int saved, int skipped) {}
