package roundtable.attendance;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {

    @Modifying
    @Query("update AccessRequest r set r.details = null, r.childrenAges = null where r.forgetAfter < :now"
            + " and (r.details is not null or r.childrenAges is not null)")
    int forgetParticularsBefore(Instant now);
}
