package roundtable.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e where :text = '' or lower(e.summary) like concat('%', :text, '%')
               or lower(e.actor) like concat('%', :text, '%')
            order by e.occurredAt desc, e.id desc
            """)
    List<AuditEvent> search(String text, Pageable page);

    @Query("""
            select count(e) from AuditEvent e where :text = '' or lower(e.summary) like concat('%', :text, '%')
               or lower(e.actor) like concat('%', :text, '%')
            """)
    long countSearch(String text);
}
