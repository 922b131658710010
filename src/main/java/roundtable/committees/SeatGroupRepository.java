package roundtable.committees;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SeatGroupRepository extends JpaRepository<SeatGroup, Long> {

    List<SeatGroup> findByBodyIdOrderBySortOrder(long bodyId);

    int countByBodyId(long bodyId);

    /** Each seat group of a body with its current holders counted and its required body named, in one statement. */
    @Query("""
            select g,
                   (select count(m) from Membership m where m.seatGroupId = g.id and m.termStart <= :day
                    and (m.termEnd is null or m.termEnd >= :day)),
                   (select coalesce(b.acronym, b.name) from Body b where b.id = g.requiredBodyId)
            from SeatGroup g where g.bodyId = :bodyId order by g.sortOrder
            """)
    List<Object[]> withCounts(long bodyId, LocalDate day);

    /** Read for filling a seat: the version rises on commit, so two people filling the last seat at once cannot both succeed. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select g from SeatGroup g where g.id = :id")
    Optional<SeatGroup> findForFilling(long id);
}
