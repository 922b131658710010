package roundtable.committees;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SeatGroupRepository extends JpaRepository<SeatGroup, Long> {

    List<SeatGroup> findByBodyIdOrderBySortOrder(long bodyId);

    int countByBodyId(long bodyId);
}
