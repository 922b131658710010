package roundtable.languageservices;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** An empty language or mode means "any". Tags are matched whole, between commas, so "es" never matches "ase". */
interface InterpreterRepository extends JpaRepository<Interpreter, Long> {

    @Query("""
            select i from Interpreter i
            where (:includeInactive = true or i.active = true)
              and (:language = '' or concat(',', i.languages, ',') like concat('%,', :language, ',%'))
              and (:mode = '' or concat(',', i.modes, ',') like concat('%,', :mode, ',%'))
            order by lower(i.name), i.id
            """)
    List<Interpreter> roster(String language, String mode, boolean includeInactive, Pageable page);

    @Query("""
            select count(i) from Interpreter i
            where (:includeInactive = true or i.active = true)
              and (:language = '' or concat(',', i.languages, ',') like concat('%,', :language, ',%'))
              and (:mode = '' or concat(',', i.modes, ',') like concat('%,', :mode, ',%'))
            """)
    long countRoster(String language, String mode, boolean includeInactive);
}
