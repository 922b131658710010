package roundtable.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface OutboundEmailRepository extends JpaRepository<OutboundEmail, Long> {

    boolean existsByIdempotencyKey(String key);

    /**
     * Locks the next messages to send: due ones, and ones whose claim ran out (their server
     * died). SKIP LOCKED lets another server's claim in progress pass by instead of waiting
     * for it; PostgreSQL then hands that server the next rows. Runs on H2 as well.
     */
    @Query(value = """
            select id from outbound_email
            where (status in ('QUEUED', 'RETRYING') and next_attempt_at <= :now)
               or (status = 'SENDING' and claimed_until < :now)
            order by next_attempt_at, id
            limit :limit
            for update skip locked
            """, nativeQuery = true)
    List<Long> lockDue(Instant now, int limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboundEmail e set e.status = roundtable.notifications.EmailStatus.SENDING,
                e.claimedBy = :claim, e.claimedUntil = :until, e.version = e.version + 1
            where e.id in :ids
            """)
    int claim(Collection<Long> ids, String claim, Instant until);

    List<OutboundEmail> findByClaimedByAndStatusOrderByNextAttemptAtAscIdAsc(String claimedBy, EmailStatus status);

    /** Handing a claimed message back: it waits as it did before it was claimed. */
    String HAND_BACK = """
            update OutboundEmail e set
                e.status = case when e.attempts = 0 then roundtable.notifications.EmailStatus.QUEUED
                                else roundtable.notifications.EmailStatus.RETRYING end,
                e.claimedBy = null, e.claimedUntil = null, e.version = e.version + 1
            """;

    /** Hands back what a claim did not get to. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(HAND_BACK + """
            where e.claimedBy = :claim and e.status = roundtable.notifications.EmailStatus.SENDING
              and e.id not in :keep
            """)
    int release(String claim, Collection<Long> keep);

    /**
     * Hands back what this server held in an earlier run, one it did not stop cleanly (killed, or the
     * machine lost): claims named {@code server/…} but not {@code server/thisRun/…} (LIKE
     * patterns, a backslash escaping).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(HAND_BACK + """
            where e.status = roundtable.notifications.EmailStatus.SENDING
              and e.claimedBy like :server escape '\\' and e.claimedBy not like :thisRun escape '\\'
            """)
    int releaseEarlierRuns(String server, String thisRun);

    long countByStatus(EmailStatus status);

    /** Every message given up on goes back in the queue, its attempts counted afresh. */
    @Modifying
    @Query("""
            update OutboundEmail e set e.status = roundtable.notifications.EmailStatus.QUEUED, e.attempts = 0,
                e.nextAttemptAt = :now, e.version = e.version + 1
            where e.status = roundtable.notifications.EmailStatus.DEAD
            """)
    int requeueDead(Instant now);

    /** Empties the words (and personal links) of mail delivered before {@code before}; who, what and when stay. */
    @Modifying
    @Transactional
    @Query("""
            update OutboundEmail e set e.textBody = '', e.htmlBody = '', e.calendarIcs = null, e.calendarMethod = null,
                e.listUnsubscribe = null, e.version = e.version + 1
            where e.status = roundtable.notifications.EmailStatus.SENT and e.sentAt < :before and e.textBody <> ''
            """)
    int forgetBodiesSentBefore(Instant before);

    Page<OutboundEmail> findByStatus(EmailStatus status, Pageable page);

    @Query("select e.status, count(e) from OutboundEmail e group by e.status")
    List<Object[]> countPerStatus();

    List<OutboundEmail> findByRecipientOrderByIdDesc(String recipient);
}
