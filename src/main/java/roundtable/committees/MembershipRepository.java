package roundtable.committees;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("""
            select m from Membership m where m.bodyId = :bodyId and m.termStart <= :day
            and (m.termEnd is null or m.termEnd >= :day)
            """)
    List<Membership> currentOf(long bodyId, LocalDate day);

    @Query("""
            select m from Membership m where m.personId = :personId and m.termStart <= :day
            and (m.termEnd is null or m.termEnd >= :day)
            """)
    List<Membership> currentFor(long personId, LocalDate day);

    List<Membership> findByPersonIdOrderByTermStartDesc(long personId);

    @Query("""
            select m from Membership m where m.termStart <= :day and (m.termEnd is null or m.termEnd >= :day)
            """)
    List<Membership> allCurrent(LocalDate day);

    /**
     * One page of a body's current members in seat order, each with its seat's name and,
     * when the seat requires membership of another body the holder is not on, that body's
     * short name: one statement however large the body.
     */
    @Query("""
            select m, g.name,
                   case when g.requiredBodyId is null then null
                        when exists (select r.id from Membership r where r.personId = m.personId
                                     and r.bodyId = g.requiredBodyId and r.termStart <= :day
                                     and (r.termEnd is null or r.termEnd >= :day)) then null
                        else (select coalesce(b.acronym, b.name) from Body b where b.id = g.requiredBodyId) end
            from Membership m join SeatGroup g on g.id = m.seatGroupId
            where m.bodyId = :bodyId and (:groupId is null or m.seatGroupId = :groupId)
              and m.termStart <= :day and (m.termEnd is null or m.termEnd >= :day)
            order by g.sortOrder, m.position, m.id
            """)
    List<Object[]> currentPage(long bodyId, Long groupId, LocalDate day, Pageable page);

    @Query("""
            select count(m) from Membership m where m.bodyId = :bodyId and (:groupId is null or m.seatGroupId = :groupId)
            and m.termStart <= :day and (m.termEnd is null or m.termEnd >= :day)
            """)
    long countCurrent(long bodyId, Long groupId, LocalDate day);

    @Query("""
            select count(m) from Membership m where m.seatGroupId = :groupId
            and m.termStart <= :day and (m.termEnd is null or m.termEnd >= :day)
            """)
    long countCurrentInGroup(long groupId, LocalDate day);

    @Query("""
            select count(m) from Membership m where m.bodyId = :bodyId and m.position = :position
            and m.termStart <= :day and (m.termEnd is null or m.termEnd >= :day)
            """)
    long countCurrentWithPosition(long bodyId, Position position, LocalDate day);

    List<Membership> findByBodyIdAndPersonId(long bodyId, long personId);

    List<Membership> findByBodyId(long bodyId);

    @Query("""
            select m from Membership m where m.seatGroupId = :groupId and m.termStart <= :end
            and (m.termEnd is null or m.termEnd >= :start)
            """)
    List<Membership> overlappingInGroup(long groupId, LocalDate start, LocalDate end);
}
