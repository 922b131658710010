package roundtable.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PollRepository extends JpaRepository<Poll, Long> {

    List<Poll> findByBodyIdOrderByIdDesc(long bodyId);

    @Query("select p.bodyId from Poll p where p.id = :pollId")
    Optional<Long> bodyOf(long pollId);

    /** Open polls whose deadline falls in the window and whose invitees have not been reminded. */
    @Query(value = """
            select id from availability_poll where status = 'OPEN' and deadline_at > :now and deadline_at <= :until
            and deadline_reminded_at is null
            """, nativeQuery = true)
    List<Long> awaitingDeadlineReminder(Instant now, Instant until);

    /**
     * Claims a poll's deadline reminder: 1 for the one server whose update set it, 0 for any other.
     * Not mapped on the entity, so saving a poll never writes it back.
     */
    @Modifying
    @Query(
            value = "update availability_poll set deadline_reminded_at = :now where id = :id"
                    + " and deadline_reminded_at is null",
            nativeQuery = true)
    int claimDeadlineReminder(long id, Instant now);
}
