package roundtable.minutes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesVersionRepository extends JpaRepository<MinutesVersion, Long> {

    Optional<MinutesVersion> findByMinutesIdAndNumber(long minutesId, int number);

    List<MinutesVersion> findByMinutesIdInOrderByNumber(Collection<Long> minutesIds);

    @Query("""
            select v from MinutesVersion v where v.minutesId in
            (select m.id from MinutesDocument m where m.publicRecord = true)
            order by v.publishedAt desc, v.id desc
            """)
    List<MinutesVersion> newestFirst(Pageable page);

    @Query("""
            select v from MinutesVersion v where v.minutesId in
            (select m.id from MinutesDocument m where m.bodyId = :bodyId and m.publicRecord = true)
            order by v.publishedAt desc, v.id desc
            """)
    List<MinutesVersion> newestFirstOf(long bodyId, Pageable page);

    @Query("select max(v.publishedAt) from MinutesVersion v")
    Optional<Instant> lastPublished();
}
