package roundtable.subscriptions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OptOutRepository extends JpaRepository<OptOut, Long> {

    Optional<OptOut> findByPersonIdAndBodyIdAndCategory(long personId, long bodyId, Category category);

    List<OptOut> findByBodyIdAndCategory(long bodyId, Category category);

    List<OptOut> findByPersonId(long personId);

    void deleteByPersonId(long personId);
}
