package roundtable.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DigestItemRepository extends JpaRepository<DigestItem, Long> {

    boolean existsByPersonIdAndItemKey(long personId, String itemKey);

    @Query("select distinct d.personId from DigestItem d where d.digestedAt is null and d.createdAt < :cutoff")
    List<Long> findPeopleWaiting(Instant cutoff);

    List<DigestItem> findByPersonIdAndDigestedAtIsNullAndCreatedAtBeforeOrderByCreatedAtAscIdAsc(
            long personId, Instant cutoff);
}
