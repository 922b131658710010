package roundtable.audit;

import java.time.Instant;

public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        Long subjectId,
        Long bodyId,
        String summary,
        String before,
        String after) {}
