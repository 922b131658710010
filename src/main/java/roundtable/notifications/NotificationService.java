package roundtable.notifications;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notifications feature's front door for administrators: what was promised, and what happened to it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class NotificationService {

    private final OutboundEmailRepository emails;

    NotificationService(OutboundEmailRepository emails) {
        this.emails = emails;
    }

    public List<OutboxEntry> outbox(int offset, int limit) {
        int size = Math.max(limit, 1);
        return emails.findAll(PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "id"))).stream()
                .map(e -> new OutboxEntry(e.getId(), e.getRecipient(), e.getSubject(), e.getStatus(), e.getAttempts(),
                        e.getLastError(), e.getCreatedAt()))
                .toList();
    }

    public long countOutbox() {
        return emails.count();
    }

    public long count(EmailStatus status) {
        return emails.countByStatus(status);
    }
}
