package roundtable.languageservices;

import java.util.Set;

/** What the coordinator enters about an interpreter; checked by {@link InterpreterRoster}. */
public record InterpreterData(
        String name,
        Set<String> languages,
        Set<WorkingMode> modes,
        String email,
        String phone,
        InterpreterKind kind,
        String vendorName,
        String notes) {}
