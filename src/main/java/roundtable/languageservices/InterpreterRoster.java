package roundtable.languageservices;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.EmailAddresses;
import roundtable.base.PlainText;
import roundtable.base.RuleViolationException;
import roundtable.base.i18n.LanguageNames;

/**
 * The interpreter roster. Contact details are private to coordinators and admins, so every
 * method, reads included, is theirs alone.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class InterpreterRoster {

    private final InterpreterRepository interpreters;
    private final AuditService audit;
    private final Clock clock;

    InterpreterRoster(InterpreterRepository interpreters, AuditService audit, Clock clock) {
        this.interpreters = interpreters;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public long addInterpreter(InterpreterData data) {
        InterpreterData checked = checked(data);
        Interpreter interpreter = interpreters.save(new Interpreter(checked, clock.instant()));
        audit.record(new AuditEntry(
                "interpreter.added",
                "interpreter",
                interpreter.getId(),
                null,
                "Interpreter added: " + interpreter.getName(),
                null,
                interpreter.describe()));
        return interpreter.getId();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void updateInterpreter(long id, long expectedVersion, InterpreterData data) {
        InterpreterData checked = checked(data);
        Interpreter interpreter = current(id, expectedVersion);
        String before = interpreter.describe();
        interpreter.update(checked, clock.instant());
        audit.record(new AuditEntry(
                "interpreter.changed",
                "interpreter",
                id,
                null,
                "Interpreter changed: " + interpreter.getName(),
                before,
                interpreter.describe()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void deactivate(long id, long expectedVersion) {
        setActive(id, expectedVersion, false);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public void reactivate(long id, long expectedVersion) {
        setActive(id, expectedVersion, true);
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<InterpreterSummary> roster(RosterFilter filter, int offset, int limit) {
        int size = Math.max(limit, 1);
        return list(filter, PageRequest.of(offset / size, size));
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public long count(RosterFilter filter) {
        return interpreters.countRoster(nz(filter.language()), modeName(filter.mode()), filter.includeInactive());
    }

    /** Active interpreters who work in this language and mode, by name: whom a request can be assigned to. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public List<InterpreterSummary> availableFor(String language, WorkingMode mode) {
        return list(new RosterFilter(language, mode, false), Pageable.unpaged());
    }

    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public InterpreterSummary interpreter(long id) {
        return interpreters
                .findById(id)
                .map(Interpreter::toSummary)
                .orElseThrow(() -> new UnknownInterpreterException(id));
    }

    /** Several at once, inactive ones too: past assignments keep their interpreter's name. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    public Map<Long, InterpreterSummary> interpreters(Collection<Long> ids) {
        return interpreters.findAllById(ids).stream()
                .map(Interpreter::toSummary)
                .collect(Collectors.toMap(InterpreterSummary::id, Function.identity()));
    }

    private List<InterpreterSummary> list(RosterFilter filter, Pageable page) {
        return interpreters
                .roster(nz(filter.language()), modeName(filter.mode()), filter.includeInactive(), page)
                .stream()
                .map(Interpreter::toSummary)
                .toList();
    }

    private void setActive(long id, long expectedVersion, boolean active) {
        Interpreter interpreter = current(id, expectedVersion);
        String before = interpreter.describe();
        interpreter.setActive(active, clock.instant());
        audit.record(new AuditEntry(
                active ? "interpreter.reactivated" : "interpreter.deactivated",
                "interpreter",
                id,
                null,
                (active ? "Interpreter reactivated: " : "Interpreter deactivated: ") + interpreter.getName(),
                before,
                interpreter.describe()));
    }

    private Interpreter current(long id, long expectedVersion) {
        Interpreter interpreter = interpreters.findById(id).orElseThrow(() -> new UnknownInterpreterException(id));
        if (interpreter.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Interpreter " + id + " changed since it was read");
        }
        return interpreter;
    }

    /**
     * Checks in the order of the form, so the first field in error is the one shown; returns tidied data.
     * Text goes through the checks every form shares: an interpreter's name reaches booking emails, calendar
     * invitations and the vendor CSV, where a hidden character would disguise it or break a header.
     */
    private static InterpreterData checked(InterpreterData data) {
        String name = PlainText.required("name", data.name());
        within("name", name, InterpreterLimits.NAME);
        Set<String> languages = data.languages() == null ? Set.of() : data.languages();
        if (languages.isEmpty()) {
            throw new RuleViolationException("languages", "interpreters.error.languages");
        }
        if (!LanguageNames.OFFERED.containsAll(languages)) {
            throw new RuleViolationException("languages", "interpreters.error.unknown-language");
        }
        if (data.modes() == null || data.modes().isEmpty()) {
            throw new RuleViolationException("modes", "interpreters.error.modes");
        }
        String email = trimmed(data.email());
        if (email != null) {
            within("email", email, InterpreterLimits.EMAIL);
            if (!EmailAddresses.wellFormed(email)) {
                throw new RuleViolationException("email", "validation.email");
            }
        }
        String phone = trimmed(data.phone());
        PlainText.require("phone", phone);
        within("phone", phone, InterpreterLimits.PHONE);
        if (data.kind() == null) {
            throw new RuleViolationException("kind", "validation.required");
        }
        String vendor = data.kind() == InterpreterKind.VENDOR ? trimmed(data.vendorName()) : null;
        if (data.kind() == InterpreterKind.VENDOR && vendor == null) {
            throw new RuleViolationException("vendorName", "interpreters.error.vendor-name");
        }
        PlainText.require("vendorName", vendor);
        within("vendorName", vendor, InterpreterLimits.VENDOR_NAME);
        String notes = trimmed(data.notes());
        PlainText.requireLines("notes", notes);
        within("notes", notes, InterpreterLimits.NOTES);
        return new InterpreterData(
                name, Set.copyOf(languages), Set.copyOf(data.modes()), email, phone, data.kind(), vendor, notes);
    }

    private static void within(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new RuleViolationException(field, "validation.too-long", max);
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String modeName(WorkingMode mode) {
        return mode == null ? "" : mode.name();
    }
}
