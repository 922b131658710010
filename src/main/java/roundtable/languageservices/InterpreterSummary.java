package roundtable.languageservices;

import java.util.List;
import java.util.Set;

/** One roster entry with its contact details: only coordinators and admins ever receive it. */
public record InterpreterSummary(
        long id,
        long version,
        String name,
        List<String> languages,
        Set<WorkingMode> modes,
        String email,
        String phone,
        InterpreterKind kind,
        String vendorName,
        String notes,
        boolean active) {}
