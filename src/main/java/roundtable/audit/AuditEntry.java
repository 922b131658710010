package roundtable.audit;

/**
 * What a feature reports about a change. {@code before} and {@code after} are short,
 * human-readable states ("position: Member; term: 2026-01-05 – 2027-01-04").
 */
public record AuditEntry(
        String action, String subjectType, Long subjectId, Long bodyId, String summary, String before, String after) {}
