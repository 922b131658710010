package roundtable.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Person> findByIdIn(Collection<Long> ids);

    List<Person> findByEmailIn(Collection<String> emails);

    @Query("""
            select p from Person p
            where :text = '' or lower(p.fullName) like concat('%', :text, '%')
               or p.email like concat('%', :text, '%') or lower(p.affiliation) like concat('%', :text, '%')
            """)
    List<Person> search(String text, Pageable page);

    @Query("""
            select count(p) from Person p
            where :text = '' or lower(p.fullName) like concat('%', :text, '%')
               or p.email like concat('%', :text, '%') or lower(p.affiliation) like concat('%', :text, '%')
            """)
    long countSearch(String text);
}
