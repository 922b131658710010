package roundtable.committees;

import java.time.LocalDate;
import java.util.List;

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
}
