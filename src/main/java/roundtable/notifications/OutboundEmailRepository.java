package roundtable.notifications;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

    boolean existsByIdempotencyKey(String key);

    @Query("""
            select e.id from OutboundEmail e
            where e.status in (roundtable.notifications.EmailStatus.QUEUED, roundtable.notifications.EmailStatus.RETRYING)
            and e.nextAttemptAt <= :now order by e.nextAttemptAt, e.id
            """)
    List<Long> due(Instant now, Pageable page);

    long countByStatus(EmailStatus status);

    List<OutboundEmail> findByRecipientOrderByIdDesc(String recipient);
}
