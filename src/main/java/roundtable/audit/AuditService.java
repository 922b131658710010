package roundtable.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import roundtable.base.security.SystemUse;

/** Records changes in the caller's transaction, so a change and its record stand or fall together. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditRepository events;
    private final Clock clock;

    AuditService(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @SystemUse(reason = "the services that change something record it in their own transaction, after their own check")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        events.save(new AuditEvent(clock.instant(), actor(), entry));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditRecord> search(String text, int offset, int limit) {
        int size = Math.max(limit, 1);
        return events.search(normalise(text), PageRequest.of(offset / size, size)).stream()
                .map(AuditEvent::toRecord)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String text) {
        return events.countSearch(normalise(text));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
